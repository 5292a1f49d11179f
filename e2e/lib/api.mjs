// Shared helpers for the browser scripts: the project's HTTP API as a demo user, and a list of named checks.
import { BASE_URL } from './browser.mjs';

/** Password of the users a browser check creates: Camunda's password policy is on; the demo users keep "demo". */
export const CREATED_USER_PASSWORD = 'Uji-Peramban-2026!';
const createdUsers = new Set();

/** Marks a user this script creates, so that basic() and api() sign in with CREATED_USER_PASSWORD. */
export function createdUser(id) {
  createdUsers.add(id);
  return id;
}

export function basic(user) {
  const password = createdUsers.has(user) ? CREATED_USER_PASSWORD : 'demo';
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

/** Calls the API as `user` (password demo, or that of a created user); throws with the answer when it is not 2xx. */
export async function api(user, method, url, body) {
  const response = await fetch(BASE_URL + url, {
    method,
    headers: { Authorization: basic(user), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${url} as ${user}: ${response.status} ${text}`);
  }
  return text ? JSON.parse(text) : null;
}

/** Prints each check as ok/FAIL and keeps the failed ones. */
export const failures = [];
export function check(condition, message) {
  if (!condition) {
    failures.push(message);
    console.error(`FAIL ${message}`);
  } else {
    console.log(`ok   ${message}`);
  }
}
