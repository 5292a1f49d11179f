// Browser check of the supervisor dashboard and the staff case page. Needs a running app (SLRT_BASE_URL, default
// http://localhost:8080) with the demo users. It opens a few complaints in Kabupaten Mojokerto through the API
// (one taken by the caseworker, one closed at triage), logs in as the supervisor, checks the dashboard's figure of
// open complaints against the count the case search API gives, downloads the CSV, opens the case pages, checks
// that a caseworker is refused the dashboard, and saves screenshots under $SLRT_SHOT_DIR (target/e2e/).
import { BASE_URL, SHOT_DIR, launch, login, shot } from './lib/browser.mjs';
import { api, check, failures } from './lib/api.mjs';

const UNIT = '3516';

async function complaint(i, description) {
  const opened = await api('operator', 'POST', '/api/cases', {
    serviceType: 'COMPLAINT', channel: 'WALK_IN', regionCode: UNIT,
    subject: { name: `Warga dasbor ${i}` }, reporter: { name: `Warga dasbor ${i}` }, description,
  });
  return opened.registrationNumber;
}

async function triageTask(number) {
  const tasks = await api('peksos', 'GET', `/engine-rest/task?processInstanceBusinessKey=${number}`);
  return tasks[0].id;
}

/** Open complaints of the unit as the case search API counts them (page by page). */
async function openComplaintsBySearch() {
  let total = 0;
  for (let page = 0; ; page++) {
    const found = await api('supervisor', 'GET',
      `/api/cases?open=true&regionCode=${UNIT}&serviceType=COMPLAINT&size=200&page=${page}`);
    total += found.length;
    if (found.length < 200) return total;
  }
}

const browser = await launch();
try {
  // Seed: three complaints waiting, one of them taken by the caseworker, and one closed at triage.
  const waiting = [];
  for (let i = 1; i <= 3; i++) {
    waiting.push(await complaint(i, i === 1 ? 'Bantuan <b>BPNT</b> belum diterima & tidak ada kabar' : 'Bantuan PKH belum cair'));
  }
  await api('peksos', 'POST', `/engine-rest/task/${await triageTask(waiting[0])}/claim`, { userId: 'peksos' });
  const closed = await complaint(4, 'Menanyakan iuran BPJS mandiri');
  await api('peksos', 'POST', `/engine-rest/task/${await triageTask(closed)}/complete`, {
    variables: {
      triageDecision: { value: 'OUT_OF_SCOPE' }, category: { value: 'SOCIAL_PROTECTION' },
      priority: { value: 'NORMAL' }, triageNote: { value: 'Iuran BPJS mandiri diurus di kantor BPJS Kesehatan.' },
    },
  });
  console.log(`opened ${waiting.join(', ')}; closed ${closed}`);

  const bySearch = await openComplaintsBySearch();
  const figures = await api('supervisor', 'GET', `/api/dashboard?unit=${UNIT}&service=COMPLAINT`);
  check(figures.total.open === bySearch,
    `dashboard API: open complaints ${figures.total.open} = case search count ${bySearch}`);
  check(figures.total.closed >= 1, `dashboard API: at least one complaint closed this window (${figures.total.closed})`);

  // Supervisor: the dashboard of Mojokerto's complaints.
  const supervisor = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await login(supervisor, 'supervisor');
  const response = await supervisor.goto(`${BASE_URL}/app/dashboard?unit=${UNIT}&service=COMPLAINT`);
  check(response.status() === 200, `dashboard page answers 200 (${response.status()})`);
  const shown = Number(await supervisor.locator('[data-figure="open"]').getAttribute('data-value'));
  const shownText = await supervisor.locator('[data-figure="open"]').innerText();
  check(shown === bySearch, `page: open complaints ${shown} ("${shownText}") = case search count ${bySearch}`);
  check(await supervisor.locator('svg.on-time rect').count() === figures.weeks,
    `page: one bar per week (${figures.weeks})`);
  const peksosRow = supervisor.locator('#by-caseworker tr[data-code="peksos"]');
  check(await peksosRow.count() === 1, 'page: the caseworker who took a complaint has a row');
  check((await supervisor.locator('#by-unit').innerText()).includes('Kabupaten Mojokerto'), 'page: units by region name');
  await shot(supervisor, 'dashboard');

  // The whole office, and the CSV downloads with the same session.
  await supervisor.goto(`${BASE_URL}/app/dashboard`);
  await shot(supervisor, 'dashboard-all-units');
  const csv = await supervisor.request.get(`${BASE_URL}/app/dashboard/figures.csv?unit=${UNIT}&service=COMPLAINT`);
  const csvText = await csv.text();
  check(csv.status() === 200 && csvText.startsWith('\uFEFFbagian,kode,nama,kasus_terbuka'), 'figures CSV downloads');
  check(csvText.split('\r\n')[1].startsWith(`total,,Semua kasus,${bySearch},`), 'figures CSV: the same open count');
  const breachedCsv = await supervisor.request.get(`${BASE_URL}/app/dashboard/breached.csv`);
  check(breachedCsv.status() === 200 && (await breachedCsv.text()).startsWith('\uFEFFnomor_registrasi,'), 'breached CSV downloads');

  // The case pages: an open case (stored text escaped) and the closed one.
  const openCase = await supervisor.goto(`${BASE_URL}/app/cases/${waiting[0]}`);
  check(openCase.status() === 200, `case page answers 200 (${openCase.status()})`);
  check((await supervisor.locator('.description').innerText()).includes('<b>BPNT</b>'), 'case page: stored text shown as text');
  check(await supervisor.locator('.description b').count() === 0, 'case page: stored text is not markup');
  check((await supervisor.content()).includes('Triase pengaduan'), 'case page: the current step');
  await shot(supervisor, 'case-open');
  await supervisor.goto(`${BASE_URL}/app/cases/${closed}`);
  check((await supervisor.locator('#case-status').innerText()) === 'Selesai', 'closed case: status "Selesai"');
  check((await supervisor.locator('#closed-note').innerText()).startsWith('Ditutup '), 'closed case: "Ditutup" with the time');
  await shot(supervisor, 'case-closed');

  // A caseworker may open the case page but not the dashboard.
  const caseworkerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const caseworker = await caseworkerContext.newPage();
  await login(caseworker, 'peksos');
  const refused = await caseworker.goto(`${BASE_URL}/app/dashboard`);
  check(refused.status() === 403, `a caseworker may not open the dashboard (${refused.status()})`);
  const own = await caseworker.goto(`${BASE_URL}/app/cases/${waiting[0]}`);
  check(own.status() === 200, `a caseworker opens the case page (${own.status()})`);
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log(`dashboard e2e passed; screenshots in ${SHOT_DIR}`);
