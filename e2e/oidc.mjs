// Browser check of single sign-on (OpenID Connect) against a real Keycloak (scripts/keycloak/start.sh, realm
// scripts/keycloak/slrt-realm.json), with the app started under the profile oidc:
//
//   - the APIs: no token and a password (HTTP Basic) are refused, an access token of the realm (client credentials
//     of slrt-api-test, a front-office service account of 3516 and 3578) opens cases, its groups decide the roles
//     (403 for the supervisor's dashboard), a token of another realm (another issuer and key) is refused;
//   - Keycloak refuses a wrong password, in Indonesian;
//   - a caseworker of 3516 (dewi.peksos) logs in through Keycloak, sees Tasklist with the shared filters of her
//     group and only her regency's task, and claims it (she exists only in Keycloak, not in Camunda's tables);
//     a caseworker of 3578 (budi.peksos) sees only the other one;
//   - logging out in Tasklist ends Keycloak's session too (the next visit asks for the password again);
//   - a supervisor (agus.supervisor) is asked for a one-time code (TOTP, computed here from the secret the realm
//     file sets), a wrong code is refused, the right one lets him in to Tasklist and the supervisor dashboard.
//
//   SLRT_BASE_URL=http://localhost:8091 SLRT_KEYCLOAK_URL=http://localhost:8180 node oidc.mjs
//
// Screenshots: target/e2e/oidc-*.png. Exit code 1 at the first step that is not as expected, saying why.
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, shot } from './lib/browser.mjs';
import { StepFailure, TIMEOUT, claim, fail, openFilter } from './lib/tasklist.mjs';

const KEYCLOAK = process.env.SLRT_KEYCLOAK_URL || 'http://localhost:8180';
const REALM_FILE = new URL('../scripts/keycloak/slrt-realm.json', import.meta.url);
const ID_JSON = new URL('../src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/id.json',
  import.meta.url);
// Test users' password and one-time-code secrets are those of the committed realm file (a test realm only).
const PASSWORD = 'Uji-Masuk-2026';
const API_CLIENT = { id: 'slrt-api-test', secret: 'slrt-dev-api-test-secret' };
const FOREIGN_CLIENT = { realm: 'other', id: 'foreign-client', secret: 'foreign-secret' };

const realm = JSON.parse(await readFile(REALM_FILE, 'utf8'));
const id = JSON.parse(await readFile(ID_JSON, 'utf8')).labels;

/** The TOTP secret the realm file gives a user (Keycloak takes the secret's UTF-8 bytes as the HMAC key). */
function otpSecret(username) {
  const user = realm.users.find((u) => u.username === username);
  const otp = user && (user.credentials || []).find((c) => c.type === 'otp');
  if (!otp) fail(`the realm file gives ${username} no one-time-code credential`);
  return JSON.parse(otp.secretData).value;
}

/** RFC 6238 TOTP: HMAC-SHA1 over the 30-second counter, dynamic truncation, 6 digits. */
export function totp(secret, at = Date.now(), period = 30, digits = 6) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / period)));
  const hmac = createHmac('sha1', Buffer.from(secret, 'utf8')).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const code = (hmac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(code).padStart(digits, '0');
}

async function clientToken({ realm: realmName = 'slrt', id: clientId, secret }) {
  const response = await fetch(`${KEYCLOAK}/realms/${realmName}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  });
  const body = await response.json();
  if (!response.ok || !body.access_token) fail(`Keycloak gave ${clientId} no token (${response.status}): ${JSON.stringify(body)}`);
  return body.access_token;
}

async function call(method, url, { token, basic, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (basic) headers.Authorization = `Basic ${Buffer.from(basic).toString('base64')}`;
  if (body) headers['Content-Type'] = 'application/json';
  const response = await fetch(BASE_URL + url, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  return { status: response.status, headers: response.headers, json, text };
}

function complaint(regionCode, nik, kk, phone, name) {
  return {
    serviceType: 'COMPLAINT', channel: 'WALK_IN', regionCode,
    subject: { nik, kkNumber: kk, name, birthDate: '1985-03-12', sex: 'F', address: 'Jl. Uji SSO 1' },
    reporter: { name, phone },
    description: `Bantuan PKH belum cair (uji masuk tunggal ${new Date().toISOString()})`,
  };
}

let page;
let stepNumber = 0;
const started = Date.now();

async function step(title, action) {
  stepNumber += 1;
  const label = String(stepNumber).padStart(2, '0');
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  console.log(`step ${label}: ${title}`);
  try {
    await action();
    if (page) await shot(page, `oidc-${label}-${slug}`);
  } catch (error) {
    if (page) await shot(page, `oidc-${label}-FAILED-${slug}`).catch(() => {});
    const reason = error instanceof StepFailure ? error.message : `${error.name}: ${error.message.split('\n')[0]}`;
    throw new StepFailure(`step ${label} "${title}" failed: ${reason}`);
  }
}

/** Fills Keycloak's login form; resolves once the browser has left it or Keycloak answered on the same page. */
async function keycloakLogin(user, password) {
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK), { timeout: TIMEOUT })
    .catch(() => fail(`the app did not send the browser to Keycloak (at ${page.url()})`));
  await page.locator('#username').waitFor({ timeout: TIMEOUT })
    .catch(() => fail(`Keycloak shows no login form at ${page.url()}`));
  await page.fill('#username', user);
  await page.fill('#password', password);
  await Promise.all([page.waitForLoadState('load'), page.click('#kc-login')]);
}

async function expectTasklist(user) {
  await page.waitForURL((url) => url.href.startsWith(`${BASE_URL}/camunda/app/tasklist/`), { timeout: TIMEOUT })
    .catch(async () => fail(`${user} did not arrive in Tasklist (at ${page.url()}): `
      + (await page.locator('body').innerText()).slice(0, 300)));
  await page.locator('.task-filter').first().waitFor({ timeout: TIMEOUT })
    .catch(() => fail(`Tasklist shows ${user} no filter`));
}

async function filterNames() {
  return (await page.locator('.task-filter h4.name').allInnerTexts()).map((n) => n.trim().replace(/\s*\(?\d+\)?$/, ''));
}

/** The tasks of a case the logged-in user's engine session sees (Camunda's own webapp API, the session cookie). */
async function tasksOfCase(registrationNumber) {
  return page.evaluate(async (key) => {
    const response = await fetch(`/camunda/api/engine/engine/default/task?processInstanceBusinessKey=${encodeURIComponent(key)}`,
      { headers: { Accept: 'application/json' } });
    return { status: response.status, tasks: response.ok ? await response.json() : await response.text() };
  }, registrationNumber);
}

async function waitForTask(registrationNumber, user) {
  for (let i = 0; i < 60; i++) {
    const found = await tasksOfCase(registrationNumber);
    if (found.status !== 200) fail(`the task query as ${user} answered ${found.status}: ${String(found.tasks).slice(0, 200)}`);
    if (found.tasks.length) return found.tasks[0];
    await page.waitForTimeout(500);
  }
  return fail(`${user} sees no task of ${registrationNumber} after 30 s`);
}

async function logoutThroughMenu() {
  await page.locator('[cam-widget-header] li.account > a.dropdown-toggle').click({ timeout: TIMEOUT });
  const item = page.locator('[cam-widget-header] li.account li.logout a');
  const text = (await item.innerText()).trim();
  if (text !== id.CAM_WIDGET_HEADER_SIGN_OUT) fail(`the log-out item reads "${text}", expected "${id.CAM_WIDGET_HEADER_SIGN_OUT}"`);
  await item.click();
  // RP-initiated logout: Keycloak's end-session endpoint, then back to Tasklist, which sends the browser to
  // Keycloak's login form again because both sessions are gone.
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK) && !url.pathname.includes('/logout'), { timeout: TIMEOUT })
    .catch(() => fail(`after logging out the browser is at ${page.url()}, not at Keycloak's login`));
  await page.locator('#password').waitFor({ timeout: TIMEOUT })
    .catch(async () => fail(`after logging out Keycloak does not ask for the password again: ${(await page.locator('body').innerText()).slice(0, 300)}`));
}

const browser = await launch();
const context = () => browser.newContext({
  locale: 'id-ID', timezoneId: 'Asia/Jakarta', extraHTTPHeaders: { 'Accept-Language': 'id' },
  viewport: { width: 1400, height: 950 },
});

const cases = {};
try {
  console.log(`Single sign-on check: app ${BASE_URL}, Keycloak ${KEYCLOAK}`);
  let token;

  await step('the API refuses a request without a token, and passwords (HTTP Basic, Camunda login form)', async () => {
    const none = await call('GET', '/api/cases/SLRT-3516-2026-000001');
    if (none.status !== 401) fail(`without a token /api answered ${none.status}`);
    if (!/^Bearer/.test(none.headers.get('www-authenticate') || '')) fail(`401 without a Bearer challenge: ${none.headers.get('www-authenticate')}`);
    const engine = await call('GET', '/engine-rest/task/count');
    if (engine.status !== 401) fail(`without a token /engine-rest answered ${engine.status}`);
    const basic = await call('GET', '/engine-rest/task/count', { basic: 'peksos:demo' });
    if (basic.status !== 401) fail(`a built-in user's password opened /engine-rest (${basic.status}) although single sign-on is on`);
    const form = await fetch(`${BASE_URL}/camunda/api/admin/auth/user/default/login/tasklist`, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'username=peksos&password=demo',
    });
    if (form.status !== 401) fail(`the Camunda login form took a built-in user's password (${form.status})`);
  });

  await step('the API accepts an access token of the realm and maps its groups to roles', async () => {
    token = await clientToken(API_CLIENT);
    const here = await call('POST', '/api/cases', {
      token, body: complaint('3516', '3516015203850011', '3516011503200011', '+6281234500111', 'Wulan Sari'),
    });
    if (here.status !== 201) fail(`opening a 3516 case with the token answered ${here.status}: ${here.text.slice(0, 300)}`);
    const there = await call('POST', '/api/cases', {
      token, body: complaint('3578', '3578015203850012', '3578011503200012', '+6281234500112', 'Ratna Dewi'),
    });
    if (there.status !== 201) fail(`opening a 3578 case with the token answered ${there.status}: ${there.text.slice(0, 300)}`);
    cases.here = here.json.registrationNumber;
    cases.there = there.json.registrationNumber;
    const read = await call('GET', `/api/cases/${cases.here}`, { token });
    if (read.status !== 200) fail(`reading ${cases.here} with the token answered ${read.status}`);
    const dashboard = await call('GET', '/api/dashboard', { token });
    if (dashboard.status !== 403) fail(`the front office's token opened the supervisor dashboard API (${dashboard.status})`);
    console.log(`     opened ${cases.here} and ${cases.there} as service-account-slrt-api-test (front-office, r3516, r3578)`);
  });

  await step('the API refuses a token of another realm (another issuer and key)', async () => {
    const foreign = await clientToken(FOREIGN_CLIENT);
    const answer = await call('GET', `/api/cases/${cases.here}`, { token: foreign });
    if (answer.status !== 401) fail(`a token of the realm "other" got ${answer.status}`);
    const engine = await call('GET', '/engine-rest/task/count', { token: foreign });
    if (engine.status !== 401) fail(`a token of the realm "other" got ${engine.status} from /engine-rest`);
  });

  const first = await context();
  page = await first.newPage();

  await step('Keycloak refuses a wrong password, in Indonesian', async () => {
    await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
    await keycloakLogin('rina.operator', 'salah-sekali');
    const text = await page.locator('body').innerText();
    if (!page.url().startsWith(KEYCLOAK)) fail(`a wrong password led to ${page.url()}`);
    if (!text.includes('Nama pengguna atau kata sandi salah')) fail(`Keycloak's answer: ${text.slice(0, 300)}`);
  });

  await step('a caseworker of 3516 logs in through Keycloak and gets Tasklist with her group\'s shared filters', async () => {
    await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
    await keycloakLogin('dewi.peksos', PASSWORD);
    await expectTasklist('dewi.peksos');
    const names = await filterNames();
    for (const wanted of ['Tugas saya', 'Tugas grup saya', 'Belum diambil']) {
      if (!names.includes(wanted)) fail(`the shared filter "${wanted}" is missing (filters shown: ${names.join(', ')})`);
    }
    if (names.includes('Semua tugas, tenggat terdekat')) fail('a caseworker sees the supervisors\' filter');
    console.log(`     filters: ${names.join(', ')}`);
  });

  let taskHere;
  await step('she sees only her regency\'s task and claims it', async () => {
    taskHere = await waitForTask(cases.here, 'dewi.peksos');
    const other = await tasksOfCase(cases.there);
    if (other.status !== 200 || other.tasks.length) fail(`dewi.peksos (3516) sees ${other.tasks.length} task(s) of the 3578 case ${cases.there}`);
    await openFilter(page, 'Tugas grup saya');
    const link = page.locator(`li.task h4.task a[href="#/?task=${taskHere.id}"]`);
    await link.waitFor({ timeout: TIMEOUT }).catch(() => fail(`"${taskHere.name}" of ${cases.here} is not under "Tugas grup saya"`));
    await link.click();
    const card = page.locator('[cam-tasklist-task] section.task-card');
    await card.locator('h2.task', { hasText: taskHere.name }).waitFor({ timeout: TIMEOUT });
    await claim(page, card, id.CLAIM_TASK);
    console.log(`     "${taskHere.name}" of ${cases.here} claimed by dewi.peksos; the 3578 case is out of sight`);
  });

  await step('logging out in Tasklist ends the Keycloak session too', async () => {
    await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
    await page.locator('.task-filter').first().waitFor({ timeout: TIMEOUT });
    await logoutThroughMenu();
    // The browser's cookies for the app: its session is gone as well.
    const api = await page.context().request.get(`${BASE_URL}/camunda/api/admin/auth/user/default`, { maxRedirects: 0 });
    if (api.status() !== 401) fail(`after logging out the app's session still answers ${api.status()}`);
  });

  await step('a caseworker of 3578 sees the other regency\'s task only', async () => {
    await keycloakLogin('budi.peksos', PASSWORD);
    await expectTasklist('budi.peksos');
    const there = await waitForTask(cases.there, 'budi.peksos');
    const here = await tasksOfCase(cases.here);
    if (here.tasks.length) fail(`budi.peksos (3578) sees the 3516 case's task`);
    await openFilter(page, 'Tugas grup saya');
    await page.locator(`li.task h4.task a[href="#/?task=${there.id}"]`).waitFor({ timeout: TIMEOUT })
      .catch(() => fail(`"${there.name}" of ${cases.there} is not under "Tugas grup saya"`));
    if (await page.locator(`li.task h4.task a[href="#/?task=${taskHere.id}"]`).count()) fail('the 3516 task is listed for budi.peksos');
  });
  await first.close();

  const second = await context();
  page = await second.newPage();
  await step('a supervisor is asked for a one-time code, and a wrong one is refused', async () => {
    await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
    await keycloakLogin('agus.supervisor', PASSWORD);
    await page.locator('#otp').waitFor({ timeout: TIMEOUT })
      .catch(async () => fail(`Keycloak did not ask agus.supervisor for a one-time code: ${(await page.locator('body').innerText()).slice(0, 300)}`));
    const right = totp(otpSecret('agus.supervisor'));
    const wrong = String((Number(right) + 500000) % 1000000).padStart(6, '0');
    await page.fill('#otp', wrong);
    await Promise.all([page.waitForLoadState('load'), page.click('#kc-login')]);
    const text = await page.locator('body').innerText();
    if (!page.url().startsWith(KEYCLOAK) || !text.includes('Kode autentikator salah')) {
      fail(`a wrong one-time code was not refused (at ${page.url()}): ${text.slice(0, 300)}`);
    }
  });

  await step('with the right code he gets Tasklist and the supervisor dashboard', async () => {
    // A fresh code; wait for the next period if this one is about to run out.
    if ((Date.now() / 1000) % 30 > 25) await page.waitForTimeout(6000);
    await page.fill('#otp', totp(otpSecret('agus.supervisor')));
    await Promise.all([page.waitForLoadState('load'), page.click('#kc-login')]);
    await expectTasklist('agus.supervisor');
    const names = await filterNames();
    if (!names.includes('Semua tugas, tenggat terdekat')) fail(`the supervisors' filter is missing (filters: ${names.join(', ')})`);
    const dashboard = await page.goto(`${BASE_URL}/app/dashboard`);
    if (dashboard.status() !== 200) fail(`/app/dashboard answered ${dashboard.status()} to the supervisor`);
  });
  await second.close();
  page = null;

  console.log(`Single sign-on check passed in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in target/e2e/oidc-*.png`);
} catch (error) {
  console.error(error instanceof StepFailure ? error.message : error);
  process.exitCode = 1;
} finally {
  await browser.close();
}
