// Browser check of the satisfaction survey (citizen page, desktop and phone) and the IKM report (supervisor).
// Needs a running app (SLRT_BASE_URL, default http://localhost:8080) with the demo users. It closes a few walk-in
// complaints through the API and the engine REST API, prints survey codes as the front office, answers the
// survey in Chromium, and saves screenshots (and a PDF of the printable report) under target/e2e/.
import { BASE_URL, SHOT_DIR, launch, login, shot } from './lib/browser.mjs';
import { api, check, failures } from './lib/api.mjs';
import path from 'node:path';

/** Opens a walk-in complaint and closes it through its process (triage: outside our authority). */
async function closedWalkInCase(i) {
  const opened = await api('operator', 'POST', '/api/cases', {
    serviceType: 'COMPLAINT', channel: 'WALK_IN', regionCode: '3516',
    subject: { name: `Warga uji ${i}` }, reporter: { name: `Warga uji ${i}` },
    description: 'Menanyakan iuran BPJS mandiri',
  });
  const number = opened.registrationNumber;
  const tasks = await api('peksos', 'GET', `/engine-rest/task?processInstanceBusinessKey=${number}`);
  await api('peksos', 'POST', `/engine-rest/task/${tasks[0].id}/complete`, {
    variables: {
      triageDecision: { value: 'OUT_OF_SCOPE' }, category: { value: 'SOCIAL_PROTECTION' },
      priority: { value: 'NORMAL' }, triageNote: { value: 'Iuran BPJS mandiri diurus di kantor BPJS Kesehatan.' },
    },
  });
  return number;
}

async function printedCode(number) {
  return (await api('operator', 'POST', `/api/cases/${number}/survey-invitation/printed-code`)).code;
}

/** Answers by plain HTTP, as a second phone would: gives the report a few respondents. */
async function answerByHttp(code, scores, comment) {
  const form = new URLSearchParams({ kode: code });
  scores.forEach((score, i) => form.set(`u${i + 1}`, String(score)));
  if (comment) form.set('comment', comment);
  form.set('sex', 'F');
  form.set('ageGroup', 'AGE_40_49');
  const response = await fetch(`${BASE_URL}/survei/jawab`, { method: 'POST', body: form, redirect: 'manual' });
  check(response.status === 302, `answer by code ${code.slice(0, 4)}... accepted (HTTP ${response.status})`);
}

/** Clicks a submit button that posts to the same URL and waits until the new page has loaded. */
async function submitAndLoad(page) {
  await Promise.all([page.waitForEvent('framenavigated'), page.click('button[type="submit"]')]);
  await page.waitForLoadState('load');
}

async function answerInBrowser(page, scores) {
  for (let i = 0; i < scores.length; i++) {
    await page.locator(`input[name="u${i + 1}"][value="${scores[i]}"]`).check();
  }
  await page.selectOption('#ageGroup', 'AGE_30_39');
  await page.selectOption('#education', 'SMA');
  await page.fill('#comment-text', 'Petugas ramah. <b>Ruang tunggu</b> perlu kipas angin.');
  await Promise.all([page.waitForURL('**/survei/terima-kasih'), page.click('button[type="submit"]')]);
}

const browser = await launch();
try {
  const numbers = [];
  for (let i = 1; i <= 4; i++) {
    numbers.push(await closedWalkInCase(i));
  }
  const codes = [];
  for (const number of numbers) {
    codes.push(await printedCode(number));
  }
  console.log(`closed ${numbers.join(', ')}; printed ${codes.length} survey codes`);

  // Desktop: the code form and the questionnaire.
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await desktop.goto(`${BASE_URL}/survei`);
  await desktop.fill('#kode', codes[0].toLowerCase());
  await submitAndLoad(desktop);
  check(await desktop.locator('fieldset.question').count() === 9, 'desktop: nine questions');
  check((await desktop.content()).includes('Sangat sesuai'), 'desktop: regulation answer wording');
  await shot(desktop, 'survey-form-desktop');
  // Submitting with a question left open comes back with the reason.
  await desktop.evaluate(() => document.querySelectorAll('input[required]').forEach((el) => el.removeAttribute('required')));
  await desktop.locator('input[name="u1"][value="3"]').check();
  await submitAndLoad(desktop);
  check((await desktop.content()).includes('Pertanyaan 2 (Sistem, Mekanisme, dan Prosedur) belum dijawab'),
    'desktop: unanswered questions are named');
  await shot(desktop, 'survey-form-errors');
  await answerInBrowser(desktop, [3, 4, 3, 4, 3, 4, 4, 3, 3]);
  await shot(desktop, 'survey-thanks-desktop');

  // Phone: 360 x 740 CSS pixels, touch, the usual low-end Android size.
  const phoneContext = await browser.newContext({
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  await phone.goto(`${BASE_URL}/survei`);
  await shot(phone, 'survey-code-phone');
  await phone.fill('#kode', codes[1]);
  await submitAndLoad(phone);
  const layout = await phone.evaluate(() => {
    const options = [...document.querySelectorAll('.option')].map((el) => el.getBoundingClientRect());
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      options: options.length,
      minOptionHeight: Math.min(...options.map((r) => r.height)),
      widestOption: Math.max(...options.map((r) => r.right)),
      fontSize: parseFloat(getComputedStyle(document.body).fontSize),
      buttonWidth: document.querySelector('button.primary').getBoundingClientRect().width,
    };
  });
  console.log('phone layout', JSON.stringify(layout));
  check(layout.scrollWidth <= layout.innerWidth, `phone: no horizontal scrolling (${layout.scrollWidth} <= ${layout.innerWidth})`);
  check(layout.options === 36, 'phone: 36 answer options');
  check(layout.minOptionHeight >= 44, `phone: answer tap targets at least 44 px high (${layout.minOptionHeight})`);
  check(layout.widestOption <= layout.innerWidth, 'phone: answers fit the screen width');
  check(layout.fontSize >= 16, `phone: body text at least 16 px (${layout.fontSize})`);
  await shot(phone, 'survey-form-phone');
  await answerInBrowser(phone, [4, 4, 3, 4, 4, 4, 4, 3, 4]);
  await shot(phone, 'survey-thanks-phone');

  // The same code again, and a tampered link.
  await phone.goto(`${BASE_URL}/survei`);
  await phone.fill('#kode', codes[1]);
  const again = await Promise.all([phone.waitForResponse((r) => r.url().endsWith('/survei')), phone.click('button[type="submit"]')]);
  check(again[0].status() === 409, `phone: a used code answers 409 (${again[0].status()})`);
  check((await phone.content()).includes('Survei ini sudah diisi'), 'phone: a used code gets a clear page');
  await shot(phone, 'survey-used-code-phone');
  const tampered = await phone.goto(`${BASE_URL}/survei/${'A'.repeat(43)}`);
  check(tampered.status() === 404, `tampered link answers 404 (${tampered.status()})`);
  check((await phone.content()).includes('Tautan atau kode survei tidak dikenal'), 'tampered link gets a clear page');
  await shot(phone, 'survey-invalid-link-phone');

  await answerByHttp(codes[2], [3, 3, 2, 4, 3, 3, 4, 2, 3], 'Antrean cukup lama');
  await answerByHttp(codes[3], [4, 3, 3, 4, 3, 4, 4, 3, 3]);

  // Front office: the survey code slip.
  const operator = await browser.newPage({ viewport: { width: 900, height: 800 } });
  await login(operator, 'operator');
  const extra = await closedWalkInCase(5);
  await operator.goto(`${BASE_URL}/app/survey/invitations/${extra}`);
  await submitAndLoad(operator);
  check(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.test(await operator.locator('.code').innerText()), 'slip shows a printed code');
  await shot(operator, 'survey-slip');

  // Supervisor: the IKM report of this month for Kabupaten Mojokerto, on screen and printed.
  const supervisor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await login(supervisor, 'supervisor');
  const report = await supervisor.goto(`${BASE_URL}/app/survey/ikm?unit=3516`);
  check(report.status() === 200, `report page answers 200 (${report.status()})`);
  const ikm = await supervisor.locator('.summary .ikm .value').innerText();
  check(/^\d{2,3},\d{2}$/.test(ikm), `report shows an IKM (${ikm})`);
  check(await supervisor.locator('svg.bars rect').count() === 9, 'report: nine NRR bars');
  check(await supervisor.locator('svg.line polyline').count() >= 1, 'report: IKM line');
  check((await supervisor.content()).includes('&lt;b&gt;Ruang tunggu&lt;/b&gt;'), 'report: suggestions are escaped');
  await shot(supervisor, 'ikm-report');
  await supervisor.emulateMedia({ media: 'print' });
  check(!(await supervisor.locator('nav.toolbar').isVisible()), 'print layout hides the filters');
  await shot(supervisor, 'ikm-report-print');
  await supervisor.pdf({ path: path.join(SHOT_DIR, 'ikm-report.pdf'), format: 'A4', printBackground: true });
  await supervisor.emulateMedia({ media: 'screen' });

  const forbidden = await operator.goto(`${BASE_URL}/app/survey/ikm`);
  check(forbidden.status() === 403, `the front office may not open the report (${forbidden.status()})`);
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log(`survey e2e passed; screenshots in ${SHOT_DIR}`);
