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
  await page.fill('input[type="text"][tabindex="1"]', user);
  await page.fill('input[type="password"]', password);
  await page.click('button[type="submit"]');
  // The login form disappears once the session is established.
  await page.waitForSelector('input[type="password"]', { state: 'detached', timeout: 30000 });
}

export function shot(page, name) {
  return page.screenshot({ path: path.join(SHOT_DIR, `${name}.png`), fullPage: true });
}
