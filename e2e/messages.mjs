// Browser check of citizen messages (issue 20), at a phone's width (360 px): a citizen writes on WhatsApp (signed
// webhook, dev secret of the embedded default), the acknowledgement goes out through the outbox, WhatsApp reports
// it failed (error 131026), the engine sends it once more by SMS, and the caseworker sees on the case page that the
// WhatsApp message failed and the SMS replaced it. Screenshots under $SLRT_SHOT_DIR (target/e2e/).
import { createHmac } from 'node:crypto';
import { BASE_URL, launch, login, shot } from './lib/browser.mjs';
import { api, check, failures } from './lib/api.mjs';

const APP_SECRET = process.env.WHATSAPP_APP_SECRET || 'dev-whatsapp-app-secret';
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function webhook(payload) {
  const body = JSON.stringify(payload);
  const signature = 'sha256=' + createHmac('sha256', APP_SECRET).update(body).digest('hex');
  const response = await fetch(`${BASE_URL}/webhooks/whatsapp`, {
    method: 'POST', body, headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signature },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST /webhooks/whatsapp: ${response.status} ${text}`);
  return JSON.parse(text);
}

function change(value) {
  return { object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'messages',
    value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '6281211124799', phone_number_id: '1' }, ...value } }] }] };
}

async function outboxOf(number, predicate, what) {
  const deadline = Date.now() + 60000;
  for (;;) {
    const rows = (await api('supervisor', 'GET', '/api/notifications/outbox?limit=200'))
      .filter((row) => row.registrationNumber === number);
    const found = rows.find(predicate);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${number}: no outbox row ${what} (rows: ${JSON.stringify(rows)})`);
    await sleep(1000);
  }
}

const browser = await launch();
try {
  const from = `628129${String(Date.now()).slice(-6)}`;
  const opened = await webhook(change({
    contacts: [{ profile: { name: 'Bu Rina' }, wa_id: from }],
    messages: [{ from, id: `wamid.e2e-${Date.now()}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text',
      text: { body: 'Bantuan BPNT saya belum diterima bulan ini' } }],
  }));
  const number = opened.messages[0].registrationNumber;
  check(opened.messages[0].outcome === 'CASE_OPENED' && number, `a WhatsApp message opened ${number}`);

  const ack = await outboxOf(number, (row) => row.channel === 'WHATSAPP' && row.status === 'SENT' && row.providerMessageId,
    'for the WhatsApp acknowledgement, sent');
  check(true, `the acknowledgement went out (${ack.providerMessageId})`);

  const reported = await webhook(change({ statuses: [{ id: ack.providerMessageId, status: 'failed',
    timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: from,
    errors: [{ code: 131026, title: 'Message undeliverable' }] }] }));
  check(reported.statuses[0].outcome === 'RECORDED', 'WhatsApp reported the acknowledgement failed');
  const sms = await outboxOf(number, (row) => row.channel === 'SMS' && row.status === 'SENT', 'for the SMS fallback, sent');
  check(sms.recipient === `+${from}`, `the SMS went to the same number (${sms.recipient})`);

  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
  await login(page, 'peksos');
  const response = await page.goto(`${BASE_URL}/app/cases/${number}`);
  check(response.status() === 200, `case page ${number} answers 200`);
  const messages = page.locator('#messages');
  await messages.scrollIntoViewIfNeeded();
  const text = (await messages.innerText()).replace(/\s+/g, ' ');
  check(text.includes('Pesan ke warga'), 'the case page has the section "Pesan ke warga"');
  check((await page.locator('#messages tr[data-delivery="FAILED"]').count()) === 1, 'one message shows the delivery status FAILED');
  check(text.includes('Gagal') && text.includes('131026 Message undeliverable'), 'the caseworker sees "Gagal" with WhatsApp\'s error');
  check(text.includes('SMS pengganti pesan WhatsApp yang gagal'), 'the caseworker sees the SMS that replaced it');
  const box = await messages.boundingBox();
  check(box && box.width <= 360, `the messages section fits the 360 px screen (${box && Math.round(box.width)} px; the table scrolls inside it)`);
  await shot(page, 'messages-case-page-360');
} finally {
  await browser.close();
}

if (failures.length) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('messages browser check passed');
