// Browser check of case documents. Needs a running app (SLRT_BASE_URL, default http://localhost:8080) with the demo
// users. The front office registers a Puskesos application (the Tasklist start form's submission, through the engine
// REST API) and attaches the applicant's KTP scan on the staff case page; the caseworker opens the verification task
// in Tasklist, finds the scan in the task's "Dokumen" tab with the checklist (KK missing), downloads it, cannot
// complete the verification until the KK is attached (the refusal names the Kartu Keluarga), attaches it through
// the tab's upload link and completes; a caseworker of another region (Kota Surabaya) gets 404 for the documents,
// the task's tab and the download. Screenshots: documents-*.png in $SLRT_SHOT_DIR (target/e2e/).
import { deflateSync } from 'node:zlib';
import { BASE_URL, SHOT_DIR, launch, login, shot } from './lib/browser.mjs';
import { CREATED_USER_PASSWORD, api, basic, check, createdUser, failures } from './lib/api.mjs';

/** A small real PNG (solid colour), the "scan". */
function png(width, height, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; header[9] = 2; header[10] = 0; header[11] = 0; header[12] = 0;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

const OTHER = createdUser('peksossby');
const suffix = String(Date.now() % 100000).padStart(5, '0');

async function otherRegionCaseworker() {
  const exists = await api('admin', 'GET', `/engine-rest/user?id=${OTHER}`);
  if (exists.length) return;
  await api('admin', 'POST', '/engine-rest/user/create', {
    profile: { id: OTHER, firstName: 'Pekerja', lastName: 'Sosial Surabaya', email: `${OTHER}@demo.slrt.invalid` },
    credentials: { password: CREATED_USER_PASSWORD },
  });
  await api('admin', 'PUT', `/engine-rest/group/caseworker/members/${OTHER}`);
  await api('admin', 'PUT', `/engine-rest/tenant/r3578/user-members/${OTHER}`);
}

async function status(user, url) {
  return (await fetch(BASE_URL + url, { headers: { Authorization: basic(user) } })).status;
}

const browser = await launch();
try {
  // The front office registers the application (what the Tasklist start form submits).
  const started = await api('operator', 'POST', '/engine-rest/process-definition/key/puskesos-application/submit-form', {
    variables: Object.fromEntries(Object.entries({
      channel: 'PUSKESOS', regionCode: '3325', subjectName: 'Sutini', subjectNik: `33250145068${suffix}`,
      subjectKkNumber: '3325011203150007', subjectAddress: 'Desa Wonotunggal RT 2 RW 1', reporterPhone: '081234500021',
      needCategory: 'HEALTH_INSURANCE', description: 'Butuh kartu KIS PBI untuk berobat rutin', bankName: 'BRI',
      bankAccountNumber: '012301000123501', bankAccountHolder: 'Sutini', docKtp: true, docKk: true, docSuratPengantar: true,
    }).map(([k, v]) => [k, { value: v }])),
  });
  const number = started.businessKey;
  const [task] = await api('peksos', 'GET', `/engine-rest/task?processInstanceId=${started.id}`);
  check(task && task.taskDefinitionKey === 'VerifyApplication', `registered ${number}; waiting at verification`);

  // Operator: the KTP scan on the case page.
  const operatorContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  const operator = await operatorContext.newPage();
  await login(operator, 'operator');
  await operator.goto(`${BASE_URL}/app/cases/${number}`);
  check(await operator.locator('#no-documents').count() === 1, 'case page: no documents yet');
  await operator.selectOption('#document-upload select[name="kind"]', 'KTP');
  await operator.setInputFiles('#document-upload input[type="file"]',
    { name: 'ktp-sutini.png', mimeType: 'image/png', buffer: png(640, 400, [40, 90, 170]) });
  await Promise.all([operator.waitForURL(/dokumen=tersimpan/), operator.click('#document-upload button[type="submit"]')]);
  check(await operator.locator('#document-saved').count() === 1, 'case page: "Dokumen tersimpan"');
  check((await operator.locator('#documents').innerText()).includes('ktp-sutini.png'), 'case page: the KTP is listed');
  await shot(operator, 'documents-case-page');
  // A web page renamed .pdf is refused, nothing stored.
  await operator.selectOption('#document-upload select[name="kind"]', 'KK');
  await operator.setInputFiles('#document-upload input[type="file"]',
    { name: 'kk.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  const refused = await Promise.all([operator.waitForNavigation(), operator.click('#document-upload button[type="submit"]')]);
  check(refused[0].status() === 415, `an HTML file renamed .pdf is refused (${refused[0].status()})`);
  check((await operator.locator('#document-refused').innerText()).includes('bukan PDF, JPEG, PNG atau WEBP'),
    'the refusal says why, in Indonesian');
  await shot(operator, 'documents-refused');

  // Caseworker: the task in Tasklist, its "Dokumen" tab.
  const caseworkerContext = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  const caseworker = await caseworkerContext.newPage();
  await login(caseworker, 'peksos');
  await api('peksos', 'POST', `/engine-rest/task/${task.id}/claim`, { userId: 'peksos' });
  await caseworker.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${task.id}&detailsTab=slrt.task.documents`);
  const tab = caseworker.locator('.slrt-task-documents');
  try {
    await caseworker.locator('a', { hasText: /^Dokumen$/ }).first().click({ timeout: 30000 });
  } catch (e) {
    // the tab may already be open through detailsTab
  }
  await tab.waitFor({ timeout: 30000 });
  check((await tab.locator('.slrt-documents').innerText()).includes('ktp-sutini.png'), 'Tasklist tab: the KTP scan');
  check(await tab.locator('li.missing[data-kind="KK"]').count() === 1, 'Tasklist tab: checklist shows the KK missing');
  check(await tab.locator('li.attached[data-kind="KTP"]').count() === 1, 'Tasklist tab: checklist shows the KTP attached');
  await shot(caseworker, 'documents-tasklist-tab');
  const [download] = await Promise.all([caseworker.waitForEvent('download'), tab.locator('a.slrt-document-link').first().click()]);
  check(download.suggestedFilename() === 'ktp-sutini.png', `the caseworker opens the scan (${download.suggestedFilename()})`);

  // Verification cannot be completed without the KK.
  const valid = { variables: { verificationDecision: { value: 'VALID' }, verificationNote: { value: 'Data sesuai KTP' } } };
  const early = await fetch(`${BASE_URL}/engine-rest/task/${task.id}/submit-form`, {
    method: 'POST', headers: { Authorization: basic('peksos'), 'Content-Type': 'application/json' }, body: JSON.stringify(valid),
  });
  const earlyText = await early.text();
  check(early.status === 400 && earlyText.includes('belum dilampirkan: Kartu Keluarga'),
    `completing without the KK is refused naming it (${early.status})`);

  // The tab's upload link: the case page remembers the task; the KK is attached there.
  const uploadHref = await tab.locator('a.slrt-upload-link').getAttribute('href');
  const upload = await caseworkerContext.newPage();
  await upload.goto(BASE_URL + uploadHref);
  await upload.selectOption('#document-upload select[name="kind"]', 'KK');
  await upload.setInputFiles('#document-upload input[type="file"]',
    { name: 'kk-sutini.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% KK\ntrailer <<>>\n%%EOF\n') });
  await Promise.all([upload.waitForURL(/dokumen=tersimpan/), upload.click('#document-upload button[type="submit"]')]);
  check((await upload.locator('#documents').innerText()).includes('kk-sutini.pdf'), 'the KK is attached from the task');
  await shot(upload, 'documents-kk-attached');
  const done = await fetch(`${BASE_URL}/engine-rest/task/${task.id}/submit-form`, {
    method: 'POST', headers: { Authorization: basic('peksos'), 'Content-Type': 'application/json' }, body: JSON.stringify(valid),
  });
  check(done.status === 204, `with KTP and KK the verification completes (${done.status})`);

  // Another region's caseworker: nothing.
  await otherRegionCaseworker();
  const documents = await api('peksos', 'GET', `/api/cases/${number}/documents`);
  check(await status(OTHER, `/api/cases/${number}/documents`) === 404, 'another region: documents API 404');
  check(await status(OTHER, `/api/cases/${number}/documents/${documents[0].id}/content`) === 404, 'another region: download 404');
  check(await status(OTHER, `/app/tasks/${task.id}/documents`) === 404, 'another region: the task tab 404');
  const audit = await api('supervisor', 'GET', `/api/cases/${number}/audit`);
  check(JSON.stringify(audit).includes('"download"'), 'the download is in the case access audit');
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log(`documents e2e passed; screenshots in ${SHOT_DIR}`);
