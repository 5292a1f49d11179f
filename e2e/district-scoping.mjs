// Browser check of district scoping: a caseworker assigned to Jatirejo (district 35.16.01 of Kabupaten Mojokerto)
// sees in Tasklist only the triage of the Jatirejo complaint, not Gondang's, and the staff case page of the Gondang
// case is refused to them; the regency's own caseworker sees both. Needs a running app (SLRT_BASE_URL) with the
// demo users; screenshots under $SLRT_SHOT_DIR (target/e2e/).
import { BASE_URL, launch, login, shot } from './lib/browser.mjs';
import { CREATED_USER_PASSWORD, api, check, createdUser, failures } from './lib/api.mjs';

const USER = createdUser(`peksosjatirejo${Date.now() % 100000}`);

async function complaint(nik, name) {
  const opened = await api('operator', 'POST', '/api/cases', {
    serviceType: 'COMPLAINT', channel: 'WALK_IN', regionCode: '3516',
    subject: { nik, name, birthDate: '1985-03-12', sex: 'F' }, reporter: { name }, description: 'Bantuan belum cair',
  });
  return opened.registrationNumber;
}

// The administrator makes a caseworker of Mojokerto and limits them to Jatirejo.
await api('admin', 'POST', '/engine-rest/user/create', {
  profile: { id: USER, firstName: 'Peksos', lastName: 'Jatirejo' }, credentials: { password: CREATED_USER_PASSWORD },
});
await api('admin', 'PUT', `/engine-rest/group/caseworker/members/${USER}`);
await api('admin', 'PUT', `/engine-rest/tenant/r3516/user-members/${USER}`);
await api('admin', 'PUT', `/api/admin/staff/${USER}/districts`, { districts: ['351601'] });

const jatirejo = await complaint('3516015203850801', 'Warga Jatirejo');
const gondang = await complaint('3516025203850802', 'Warga Gondang');
console.log(`opened ${jatirejo} (Jatirejo) and ${gondang} (Gondang)`);

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await login(page, USER, CREATED_USER_PASSWORD);
  // What Tasklist itself asks the engine for, with this user's session.
  async function tasklistTasks(number) {
    const response = await page.request.get(
      `${BASE_URL}/camunda/api/engine/engine/default/task?processInstanceBusinessKey=${number}`,
      { headers: { Accept: 'application/json' } });
    return response.ok() ? (await response.json()).length : -1;
  }
  check(await tasklistTasks(jatirejo) === 1, `Tasklist shows ${USER} the triage of ${jatirejo} (Jatirejo)`);
  check(await tasklistTasks(gondang) === 0, `Tasklist does not show ${USER} the triage of ${gondang} (Gondang)`);
  // Tasklist once showed no filter list within 90 s in CI (not reproduced since): load it again once, and say
  // what the page showed if the filters still do not come.
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/`);
    const shown = await page.waitForSelector('text=Tugas grup saya', { timeout: 45000 }).then(() => true, () => false);
    if (shown) break;
    if (attempt === 2) {
      await shot(page, 'district-scoping-no-filters');
      throw new Error(`Tasklist shows ${USER} no filter "Tugas grup saya": `
        + (await page.locator('body').innerText()).slice(0, 400));
    }
  }
  await page.click('text=Tugas grup saya');
  await page.waitForTimeout(3000);
  await page.waitForSelector(`text=${jatirejo}`, { timeout: 30000 }).catch(() => null);
  const listed = await page.locator('body').innerText();
  check(listed.includes(jatirejo) && !listed.includes(gondang),
    `Tasklist's filter "Tugas grup saya" lists ${jatirejo}, not ${gondang}`);
  await shot(page, 'district-scoping-tasklist');

  const own = await page.goto(`${BASE_URL}/app/cases/${jatirejo}`);
  check(own.status() === 200 && (await page.content()).includes('Warga Jatirejo'), `case page of ${jatirejo}: shown`);
  await shot(page, 'district-scoping-case-page');
  const other = await page.goto(`${BASE_URL}/app/cases/${gondang}`);
  check(other.status() === 404 && !(await page.content()).includes('Warga Gondang'), `case page of ${gondang}: 404`);
  await shot(page, 'district-scoping-other-district');

  const regency = await api('peksos', 'GET', `/engine-rest/task?processInstanceBusinessKey=${gondang}`);
  check(regency.length === 1, 'the regency caseworker (no districts) still sees the Gondang triage');
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
