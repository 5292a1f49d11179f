// Shared helpers for the browser scripts: the project's HTTP API as a demo user, and a list of named checks.
import { BASE_URL } from './browser.mjs';

export function basic(user) {
  return 'Basic ' + Buffer.from(`${user}:demo`).toString('base64');
}

/** Calls the API as `user` (password demo); throws with the answer when it is not 2xx. */
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
