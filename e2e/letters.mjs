// Browser check of official letters: an ODGJ case is driven through the engine REST API (the tasks' own form fields,
// from lib/services.mjs) to the supervisor's approval of the handover; the numbered berita acara serah terima is
// then printed from Tasklist (the follow-up task's "Surat resmi" tab leads to the case's letter list) and from the
// staff case page; its first page is rendered with pdftoppm (screenshot), its text read with pdftotext (number,
// names), and the verification address the QR code carries is opened without a login: the public page must show
// the number and nothing personal; a wrong code gets the "not found" page.
// Needs a running app (SLRT_BASE_URL) and poppler-utils (pdftoppm, pdftotext). Screenshots: target/e2e/letters-*.png.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BASE_URL, SHOT_DIR, launch, login, shot } from './lib/browser.mjs';
import { api, check, failures } from './lib/api.mjs';
import { SERVICES } from './lib/services.mjs';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
const runId = Date.now().toString(36);

// 1. The case, through the API, to the follow-up visit after the handover.
const opened = await api('operator', 'POST', '/api/cases', {
  serviceType: 'ODGJ_REUNIFICATION', channel: 'PHONE', regionCode: '3516',
  subject: { name: 'Tanpa nama, laki-laki sekitar 45 tahun', sex: 'M' },
  reporter: { name: 'Bu Lurah Jatirejo', phone: '081234500301' },
  description: `Tidur di emperan pasar Jatirejo, bicara sendiri (uji surat ${runId})`,
});
const number = opened.registrationNumber;
console.log(`case ${number}`);
const run = { id: runId, today, registrationNumber: number };

async function openTask(name) {
  for (let i = 0; i < 60; i++) {
    const tasks = await api('admin', 'GET', `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(number)}`);
    const task = tasks.find((t) => t.name === name);
    if (task) return task;
    await sleep(1000);
  }
  throw new Error(`task "${name}" of ${number} did not appear`);
}

for (const step of SERVICES['odgj-reunification'].steps) {
  if (!step.task) continue; // an agency's answer: the next task waits for the stand-in
  const task = await openTask(step.task);
  if (step.task === 'Kunjungan lanjutan ke keluarga') break;
  const values = typeof step.values === 'function' ? step.values(run) : step.values;
  const variables = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }]));
  await api(step.user, 'POST', `/engine-rest/task/${task.id}/claim`, { userId: step.user });
  await api(step.user, 'POST', `/engine-rest/task/${task.id}/complete`, { variables });
  console.log(`completed "${step.task}" as ${step.user}`);
}
const followUp = await openTask('Kunjungan lanjutan ke keluarga');

// 2. Tasklist: the follow-up task's "Surat resmi" tab, to the case's letters.
const browser = await launch();
try {
  const context = await browser.newContext({ locale: 'id-ID', acceptDownloads: true });
  const page = await context.newPage();
  await login(page, 'peksos');
  await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${followUp.id}&detailsTab=slrt-letters-tab`);
  const tab = page.getByText('Surat resmi', { exact: true }).first();
  await tab.waitFor({ timeout: 30000 });
  await tab.click();
  const link = page.locator('#slrt-letters-link');
  await link.waitFor({ timeout: 30000 });
  await shot(page, 'letters-1-tasklist-tab');
  const [listPage] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await listPage.waitForLoadState();
  check(listPage.url().endsWith(`/app/cases/${number}/surat`), `the Tasklist tab opens the letters of ${number}`);
  const row = listPage.locator('tr.letter', { hasText: 'Berita Acara Serah Terima' });
  check(await row.count() === 1, 'one berita acara serah terima is listed');
  const letterNumber = (await row.locator('td').first().textContent()).trim();
  check(/^400\.9\/\d{4}\/Dinsos\/[IVX]+\/\d{4}$/.test(letterNumber), `its number follows the pattern: ${letterNumber}`);
  await shot(listPage, 'letters-2-list');

  // 3. Print: the PDF the "Cetak" link opens, read back with poppler.
  const href = await row.locator('a.print').getAttribute('href');
  const response = await listPage.request.get(BASE_URL + href);
  check(response.ok() && response.headers()['content-type'] === 'application/pdf', 'the print link answers a PDF');
  const pdfFile = path.join(SHOT_DIR, 'letters-berita-acara.pdf');
  writeFileSync(pdfFile, await response.body());
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfFile,
    path.join(SHOT_DIR, 'letters-3-pdf-page1')]);
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-']).toString().replace(/\s+/g, ' ');
  for (const expected of [letterNumber, 'BERITA ACARA SERAH TERIMA', 'Suparman', 'Sumini', 'Kepala Desa Jatirejo',
    'PEMERINTAH KABUPATEN MOJOKERTO']) {
    check(text.includes(expected), `the printed berita acara reads "${expected}"`);
  }
  const info = execFileSync('pdfinfo', [pdfFile]).toString();
  check(/PDF version:\s+1\.[4-7]/.test(info), 'pdfinfo reads the file');
  const fonts = execFileSync('pdffonts', [pdfFile]).toString().split('\n').slice(2).filter((l) => l.trim());
  check(fonts.length > 0 && fonts.every((l) => / yes /.test(l.slice(50))), 'every font of the PDF is embedded');

  // The same letter from the staff case page.
  await listPage.goto(`${BASE_URL}/app/cases/${number}`);
  const caseLink = listPage.locator('#letters a');
  check(await caseLink.count() === 1, 'the case page links to its letters');
  await caseLink.click();
  check(await listPage.locator('tr.letter', { hasText: letterNumber }).count() === 1,
    'the case page leads to the same letter');

  // 4. The verification address of the QR code, opened by anyone.
  const url = (text.match(/https?:\/\/\S+\/verifikasi\/[A-Z2-9]{16}/) || [])[0];
  check(Boolean(url), `the letter carries its verification address: ${url}`);
  const citizen = await (await browser.newContext({ locale: 'id-ID' })).newPage();
  await citizen.goto(url.replace(/^https?:\/\/[^/]+/, BASE_URL));
  const verdict = await citizen.locator('body').textContent();
  check(verdict.includes('Surat ini asli dan berlaku') && verdict.includes(letterNumber),
    'the verification page confirms the letter and its number');
  check(!verdict.includes('Suparman') && !verdict.includes('Sumini') && !verdict.includes(number),
    'the verification page shows nothing personal');
  await shot(citizen, 'letters-4-verification');
  const wrong = await citizen.goto(`${BASE_URL}/verifikasi/ABCDEFGHJKLMNPQR`);
  check(wrong.status() === 404 && (await citizen.locator('#verdict').textContent()).includes('tidak ditemukan'),
    'a wrong code gets the not-found page');
} finally {
  await browser.close();
}

if (failures.length) {
  console.error(`letters: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('letters: all checks passed');
