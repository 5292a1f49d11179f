// SIGKILL drill: a burst of intakes and task completions, the app and its database killed midway (as in a power
// cut), a restart, and the checks: every acknowledged case exists exactly once, numbers stay gap-free, every
// acknowledged completion is kept, no message is lost (duplicates only within the at-least-once contract), and
// timers set before the crash still fire.  Usage: node scripts/drills/sigkill-drill.mjs [intakes]
import path from 'node:path';
import { rmSync } from 'node:fs';
import { ROOT, startApp, call, pool, sleep, log, sql, postmasterPid, deployTimerDiagram, complaint } from './lib.mjs';

const INTAKES = Number(process.argv[2] || 120);
const TIMERS = 5;
const PORT = 8111;
const DATA = path.join(ROOT, 'target', 'drills', 'sigkill-pg');
const failures = [];
const check = (ok, message) => { (ok ? log : m => { log(`FAIL ${m}`); failures.push(m); })(`${ok ? 'ok   ' : ''}${message}`); };

rmSync(DATA, { recursive: true, force: true });
log(`starting the app on a fresh embedded database (${INTAKES} intakes, ${TIMERS} timers)`);
let app = await startApp({ port: PORT, dataDir: DATA, clean: true, logName: 'sigkill-1.log',
  extraArgs: ['--slrt.notification.dispatcher.interval=200ms',
    // Messages claimed when the app is killed are sent again once their lease ends (at-least-once): a short
    // lease keeps the drill short; production keeps the 2-minute default.
    '--slrt.notification.dispatcher.lease=15s'] });

await deployTimerDiagram(app.base, 'drill-timer', new Date(Date.now() + 45000).toISOString());
for (let i = 0; i < TIMERS; i++) {
  const r = await call(app.base, 'POST', '/engine-rest/process-definition/key/drill-timer/start', 'admin', { variables: {} });
  if (r.status !== 200) throw new Error(`timer instance: ${r.status} ${r.text}`);
}
log(`${TIMERS} timers set to fire 45 s from now`);

const acknowledged = [];
const completed = [];
let killed = false;
const killAt = Math.floor(INTAKES * 0.5);
await pool(INTAKES, 8, async i => {
  if (killed) return;
  if (i === killAt) {
    const pgPid = postmasterPid(DATA);
    log(`SIGKILL the app (pid ${app.child.pid}) and its PostgreSQL (pid ${pgPid}) after ${acknowledged.length} acknowledged intakes`);
    killed = true;
    app.child.kill('SIGKILL');
    if (pgPid) { try { process.kill(pgPid, 'SIGKILL'); } catch { /* already gone */ } }
    return;
  }
  try {
    const r = await call(app.base, 'POST', '/api/cases', 'operator', complaint(i));
    if (r.status === 201) {
      acknowledged.push(r.json.registrationNumber);
      const tasks = await call(app.base, 'GET', `/engine-rest/task?processInstanceBusinessKey=${r.json.registrationNumber}`, 'peksos');
      if (tasks.status === 200 && tasks.json.length === 1 && i % 2 === 0) {
        const done = await call(app.base, 'POST', `/engine-rest/task/${tasks.json[0].id}/complete`, 'peksos', {
          variables: { triageDecision: { value: 'HANDLE' }, category: { value: 'SOCIAL_PROTECTION' },
            priority: { value: 'NORMAL' }, triageNote: { value: 'Latihan' } } });
        if (done.status === 204) completed.push(r.json.registrationNumber);
      }
    }
  } catch { /* connection refused after the kill: not acknowledged */ }
});
log(`before the crash: ${acknowledged.length} intakes acknowledged, ${completed.length} triage completions acknowledged`);
await sleep(2000);

log('restarting on the same data directory');
app = await startApp({ port: PORT, dataDir: DATA, logName: 'sigkill-2.log',
  extraArgs: ['--slrt.notification.dispatcher.interval=200ms',
    // Messages claimed when the app is killed are sent again once their lease ends (at-least-once): a short
    // lease keeps the drill short; production keeps the 2-minute default.
    '--slrt.notification.dispatcher.lease=15s'] });

const inList = acknowledged.map(n => `'${n}'`).join(',') || "''";
check(Number(sql(DATA, `select count(*) from slrt.case_file where registration_number in (${inList})`)) === acknowledged.length,
  `every acknowledged case exists after the restart (${acknowledged.length})`);
check(Number(sql(DATA, `select count(*) from (select registration_number from slrt.case_file group by 1 having count(*) > 1) d`)) === 0,
  'no registration number exists twice');
const [count, max] = sql(DATA, `select count(*), coalesce(max(cast(right(registration_number, 6) as int)), 0) from slrt.case_file where region_code = '3516'`).split('|').map(Number);
check(count === max, `registration numbers are gap-free (${count} cases, highest sequence ${max})`);
const orphans = Number(sql(DATA, `select count(*) from slrt.case_file where process_instance_id is null`));
check(orphans === 0, `every case has its process (${orphans} without)`);
const doneList = completed.map(n => `'${n}'`).join(',') || "''";
const kept = Number(sql(DATA, `select count(distinct c.id) from slrt.case_file c join slrt.case_event e on e.case_id = c.id
  where c.registration_number in (${doneList}) and e.event_type = 'TASK_COMPLETED' and e.step = 'Triase pengaduan'`));
check(kept === completed.length, `every acknowledged triage completion is kept (${kept}/${completed.length})`);

log('waiting for the outbox to drain');
for (let i = 0; i < 60 && Number(sql(DATA, `select count(*) from slrt.notification_outbox where status = 'PENDING'`)) > 0; i++) {
  await sleep(1000);
}
const outbox = Number(sql(DATA, `select count(*) from slrt.notification_outbox`));
const unsent = Number(sql(DATA, `select count(*) from slrt.notification_outbox where status <> 'SENT'`));
const lost = Number(sql(DATA, `select count(*) from slrt.notification_outbox o where not exists (select 1 from slrt.local_sent_message m where m.outbox_id = o.id)`));
const duplicates = Number(sql(DATA, `select coalesce(sum(n - 1), 0) from (select count(*) n from slrt.local_sent_message group by outbox_id) d`));
check(unsent === 0 && lost === 0, `every queued message was sent (${outbox} messages, ${unsent} not sent, ${lost} never delivered)`);
check(duplicates <= 8, `messages sent twice: ${duplicates} (at-least-once: only those in flight at the crash may repeat)`);

log('waiting for the timers set before the crash');
let escalated = 0;
for (let i = 0; i < 90; i++) {
  const r = await call(app.base, 'GET', '/engine-rest/task/count?taskDefinitionKey=Escalate', 'admin');
  escalated = r.json.count;
  if (escalated >= TIMERS) break;
  await sleep(1000);
}
check(escalated === TIMERS, `timers set before the crash fired after the restart (${escalated}/${TIMERS})`);

app.child.kill('SIGTERM');
await sleep(3000);
console.log(failures.length ? `SIGKILL drill FAILED: ${failures.length} problem(s)` : 'SIGKILL drill passed');
process.exit(failures.length ? 1 : 0);
