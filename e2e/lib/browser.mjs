// Shared helpers for the browser scripts: launch Debian's Chromium headless and log in to the Camunda webapps.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const BASE_URL = process.env.SLRT_BASE_URL || 'http://localhost:8080';
export const SHOT_DIR = process.env.SLRT_SHOT_DIR || path.resolve(process.cwd(), '..', 'target', 'e2e');

export async function launch() {
  mkdirSync(SHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Logs a user in through the Tasklist login form; the session cookie then opens /app pages too. */
export async function login(page, user, password = 'demo', app = 'tasklist') {
  await page.goto(`${BASE_URL}/camunda/app/${app}/`);
  // AngularJS compiles the login form and then focuses the user name field: on a busy machine what is typed before
  // either is lost or lands in the other field (CI once submitted an empty password). Wait for both, then check
  // what the fields hold before submitting.
  await page.waitForSelector('input[type="password"].ng-pristine', { timeout: 30000 });
  const username = page.locator('input[type="text"][tabindex="1"]');
  const passwordField = page.locator('input[type="password"]');
  await page.waitForFunction(() => document.activeElement
    && document.activeElement.matches('input[type="text"][tabindex="1"]'), null, { timeout: 3000 }).catch(() => {});
  for (let attempt = 1; attempt <= 3; attempt++) {
    await username.fill(user);
    await passwordField.fill(password);
    if ((await username.inputValue()) === user && (await passwordField.inputValue()) === password) break;
    await page.waitForTimeout(500);
  }
  await page.click('button[type="submit"]');
  // The login form disappears once the session is established.
  await page.waitForSelector('input[type="password"]', { state: 'detached', timeout: 30000 });
}

export function shot(page, name) {
  return page.screenshot({ path: path.join(SHOT_DIR, `${name}.png`), fullPage: true });
}
