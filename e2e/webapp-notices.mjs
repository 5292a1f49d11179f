// Browser check: the Welcome page is in Indonesian, and Camunda's end-of-life banner ("time to migrate to Camunda 8")
// shows to the administrator only, not to a caseworker in Tasklist or on the Welcome page.
// Run: SLRT_BASE_URL=http://localhost:8090 node webapp-notices.mjs (in e2e/, after npm ci)
import { launch, shot, BASE_URL } from './lib/browser.mjs';
import { tasklistLogin } from './lib/tasklist.mjs';

const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`); };

async function bannerShown(page) {
  // The header renders the banner for the Community Edition; our script hides it unless the user may open Admin.
  await page.waitForSelector('.ce-eol-banner', { state: 'attached', timeout: 30000 });
  await page.waitForTimeout(1500);
  return page.locator('.ce-eol-banner').first().isVisible();
}

const browser = await launch();
try {
  for (const [user, expected] of [['peksos', false], ['admin', true]]) {
    const context = await browser.newContext({ locale: 'id-ID', extraHTTPHeaders: { 'Accept-Language': 'id-ID,id' } });
    const page = await context.newPage();
    await tasklistLogin(page, user);
    check((await bannerShown(page)) === expected, `Tasklist as ${user}: end-of-life banner ${expected ? 'shown' : 'hidden'}`);
    await shot(page, `notices-tasklist-${user}`);

    await page.goto(`${BASE_URL}/camunda/app/welcome/default/`);
    check((await bannerShown(page)) === expected, `Welcome as ${user}: end-of-life banner ${expected ? 'shown' : 'hidden'}`);
    await page.waitForSelector('text=Aplikasi', { timeout: 30000 }).catch(() => {});
    const text = await page.locator('body').innerText();
    check(/Aplikasi/.test(text) && /Profil/.test(text) && !/Applications/.test(text), `Welcome as ${user} is in Indonesian`);
    await shot(page, `notices-welcome-${user}`);
    await context.close();
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
