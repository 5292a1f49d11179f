// Browser check of the service catalogue. Needs a running app (SLRT_BASE_URL) with the demo users. The analyst
// deploys the catalogue (bpmn/service-routing.dmn) with one more service through the engine REST API, as Camunda
// Modeler does; the front office then finds it in the start form of the generic process in Tasklist, starts a case
// of it with a PPKS type, and the caseworker sees that PPKS type on the case page; the citizen page lists the
// service. Screenshots under $SLRT_SHOT_DIR (target/e2e/).
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, login, shot } from './lib/browser.mjs';
import { api, basic, check, failures } from './lib/api.mjs';
import { TIMEOUT, expectNotification, openStartForm, submitStartForm, tasklistLogin, watchForms } from './lib/tasklist.mjs';

// Service codes are capitals and underscores only: the run's time in letters keeps each run's service apart.
const CODE = `UJI_SANTUNAN_${[...String(Date.now() % 100000)].map((d) => 'ABCDEFGHIJ'[d]).join('')}`;
const NAME = `Santunan uji katalog ${CODE.slice(-5)}`;
const ID_JSON = new URL('../src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/id.json',
  import.meta.url);
const id = JSON.parse(await readFile(ID_JSON, 'utf8')).labels;

const original = await readFile(new URL('../bpmn/service-routing.dmn', import.meta.url), 'utf8');
const rule = `      <rule id="rule_e2e">
        <inputEntry id="ie_e2e"><text>"${CODE}"</text></inputEntry>
        <outputEntry id="oe_e2e_1"><text>"service-referral"</text></outputEntry>
        <outputEntry id="oe_e2e_2"><text>"${NAME}"</text></outputEntry>
        <outputEntry id="oe_e2e_3"><text>"Santunan bagi ahli waris warga tidak mampu (layanan uji)."</text></outputEntry>
        <outputEntry id="oe_e2e_4"><text>"FAKIR_MISKIN"</text></outputEntry>
        <outputEntry id="oe_e2e_5"><text>"KTP: fotokopi KTP ahli waris; LETTER: surat keterangan kematian dari kepala desa/lurah"</text></outputEntry>
        <outputEntry id="oe_e2e_6"><text>"Bidang Perlindungan dan Jaminan Sosial"</text></outputEntry>
        <outputEntry id="oe_e2e_7"><text>"DISDUKCAPIL"</text></outputEntry>
        <outputEntry id="oe_e2e_8"><text></text></outputEntry>
        <outputEntry id="oe_e2e_9"><text>"P5D"</text></outputEntry>
        <outputEntry id="oe_e2e_10"><text>"P7D"</text></outputEntry>
        <outputEntry id="oe_e2e_11"><text></text></outputEntry>
      </rule>
`;

async function deploy(name, xml) {
  const body = new FormData();
  body.append('deployment-name', name);
  body.append('service-routing.dmn', new Blob([xml], { type: 'application/xml' }), 'service-routing.dmn');
  const response = await fetch(`${BASE_URL}/engine-rest/deployment/create`, {
    method: 'POST', headers: { Authorization: basic('analis') }, body,
  });
  return { status: response.status, text: await response.text() };
}

const browser = await launch();
try {
  const refused = await deploy('catalogue-bad', original.replace('    </decisionTable>',
    rule.replace('"DISDUKCAPIL"', '"DINAS_TIDAK_ADA"').replace('rule_e2e', 'rule_e2e_bad') + '    </decisionTable>'));
  check(refused.status === 400 && refused.text.includes("instansi 'DINAS_TIDAK_ADA' tidak ada"),
    `a catalogue naming an unknown agency is refused (${refused.status})`);
  const deployed = await deploy('catalogue-e2e', original.replace('    </decisionTable>', rule + '    </decisionTable>'));
  check(deployed.status === 200, `the analyst deploys the catalogue with ${CODE} (${deployed.status})`);

  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta',
    extraHTTPHeaders: { 'Accept-Language': 'id' }, viewport: { width: 1400, height: 950 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const forms = watchForms(page);
  await tasklistLogin(page, 'operator');
  const started = await openStartForm(page, forms, 'Layanan rekomendasi dan rujukan (katalog layanan)',
    'service-referral-start', id.START_PROCESS);
  await started.form.fill({
    serviceType: CODE, channel: 'WALK_IN', regionCode: '3516', subjectName: 'Sumarni',
    subjectAddress: 'Desa Jatirejo RT 1 RW 2', reporterName: 'Sumarni', reporterPhone: '081234500077',
    description: 'Ayah meninggal dunia, mohon santunan kematian', ppksType: 'FAKIR_MISKIN',
    ppksType2: 'PEREMPUAN_RAWAN_SOSEK',
  });
  await shot(page, 'catalogue-start-form');
  const instance = await submitStartForm(page, started.dialog, id.START);
  await expectNotification(page, id.PROCESS_START_OK);
  const number = instance.businessKey;
  check(/^SLRT-3516-\d{4}-\d{6}$/.test(number || ''), `a case of the new service is opened from Tasklist: ${number}`);

  const view = await api('peksos', 'GET', `/api/cases/${number}`);
  check(view.serviceType === CODE, `the case is of ${CODE}`);
  check(view.ppks.map((p) => p.code).join(',') === 'FAKIR_MISKIN,PEREMPUAN_RAWAN_SOSEK'
    || view.ppks.map((p) => p.code).sort().join(',') === 'FAKIR_MISKIN,PEREMPUAN_RAWAN_SOSEK',
  `the case carries the PPKS types chosen on the start form (${view.ppks.map((p) => p.code)})`);

  const casePage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await login(casePage, 'peksos');
  await casePage.goto(`${BASE_URL}/app/cases/${number}`);
  const ppksText = await casePage.locator('#ppks').innerText();
  check(ppksText.includes('Fakir miskin') && ppksText.includes('Perempuan rawan sosial ekonomi'),
    `the case page shows the PPKS types: ${ppksText.replace(/\s+/g, ' ')}`);
  await shot(casePage, 'catalogue-case-page');

  const citizen = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await citizen.goto(`${BASE_URL}/layanan`);
  check(await citizen.locator(`[data-service="${CODE}"]`).count() === 1, 'the citizen page lists the new service');
  await shot(citizen, 'catalogue-citizen-page');
} finally {
  // The catalogue as shipped again (a new version without the test service).
  await deploy('catalogue-restore', original).catch(() => {});
  await browser.close();
}
if (failures.length) {
  console.log(`${failures.length} check(s) failed`);
  process.exit(1);
}
