// Database-outage drill: the packaged app on a separately started PostgreSQL; the database is stopped for a while
// and started again. Meanwhile every request must get a quick 503 problem+json (nothing half-written) and readiness
// must be DOWN; afterwards the app must accept requests again by itself, with every case from before intact.
// Usage: node scripts/drills/db-outage-drill.mjs [outage seconds, default 60] [cases before, default 20]
import path from 'node:path';
import { ROOT, log, sleep, startPostgres, stopPostgres, resumePostgres, psqlAt, startAppOn, callAs, complaint, pgBin }
  from './lib.mjs';

const OUTAGE = Number(process.argv[2] || 60);
const CASES = Number(process.argv[3] || 20);
const PORT = 8096;
const ADMIN = ['drilladmin', 'Drill-Password-123'];
const failures = [];
const check = (ok, message) => { (ok ? log : m => { log(`FAIL ${m}`); failures.push(m); })(`${ok ? 'ok   ' : ''}${message}`); };
const api = (base, method, url, body) => callAs(base, method, url, ...ADMIN, body);

log(`PostgreSQL from ${pgBin()}`);
const pg = startPostgres({ dataDir: path.join(ROOT, 'target', 'drills', 'outage-pg'), port: 55431 });
let app;
try {
  app = await startAppOn(pg, { port: PORT, logName: 'outage-app.log' });
  log(`app on ${app.base}, database on port ${pg.port}`);

  const before = [];
  for (let i = 0; i < CASES; i++) {
    const r = await api(app.base, 'POST', '/api/cases', complaint(i));
    if (r.status === 201) before.push(r.json.registrationNumber);
  }
  check(before.length === CASES, `${before.length}/${CASES} cases opened before the outage`);
  const rowsBefore = Number(psqlAt(pg.port, 'slrt', 'select count(*) from slrt.case_file'));

  log(`stopping PostgreSQL for ${OUTAGE} s`);
  stopPostgres(pg, 'fast');
  const stoppedAt = Date.now();
  const during = { intake: {}, view: {}, readiness: {}, liveness: {} };
  const count = (bucket, key) => { bucket[key] = (bucket[key] || 0) + 1; };
  let problemJson = 0, answers = 0, slowest = 0, slowestAfterFirst = 0, first = true;
  while (Date.now() - stoppedAt < OUTAGE * 1000) {
    const intake = await api(app.base, 'POST', '/api/cases', complaint(1000 + answers));
    const view = await api(app.base, 'GET', `/api/cases/${before[0]}`);
    for (const [bucket, r] of [[during.intake, intake], [during.view, view]]) {
      count(bucket, r.status);
      answers++;
      if (r.status === 503 && r.type.startsWith('application/problem+json') && r.json?.title) problemJson++;
      slowest = Math.max(slowest, r.ms);
      if (!first) slowestAfterFirst = Math.max(slowestAfterFirst, r.ms);
      first = false;
    }
    count(during.readiness, (await fetch(`${app.base}/actuator/health/readiness`)).status);
    count(during.liveness, (await fetch(`${app.base}/actuator/health/liveness`)).status);
    await sleep(2000);
  }
  log(`during the outage: intake ${JSON.stringify(during.intake)}, case view ${JSON.stringify(during.view)}, `
    + `readiness ${JSON.stringify(during.readiness)}, liveness ${JSON.stringify(during.liveness)}`);
  check(answers > 0 && problemJson === answers, `every request answered 503 problem+json (${problemJson}/${answers})`);
  check(slowest <= 6000, `no request waited longer than the pool timeout (slowest ${slowest} ms)`);
  check(slowestAfterFirst <= 1000, `once the outage was noticed, refusals came at once (slowest ${slowestAfterFirst} ms)`);
  check((during.readiness[503] || 0) > 0 && !during.readiness[200], 'readiness DOWN throughout');
  check(during.liveness[200] > 0 && Object.keys(during.liveness).length === 1, 'liveness UP throughout (no restart)');

  log('starting PostgreSQL again');
  resumePostgres(pg);
  const restartedAt = Date.now();
  let recovered = null;
  while (Date.now() - restartedAt < 60000) {
    const ready = await fetch(`${app.base}/actuator/health/readiness`);
    if (ready.status === 200) {
      recovered = Date.now() - restartedAt;
      break;
    }
    await sleep(500);
  }
  check(recovered !== null, `readiness UP again by itself ${recovered === null ? 'NOT within 60 s' : `after ${(recovered / 1000).toFixed(1)} s`}`);

  const after = await api(app.base, 'POST', '/api/cases', complaint(9999));
  check(after.status === 201, `a new case opens after the outage (${after.status} ${after.json?.registrationNumber || after.text})`);
  let intact = 0;
  for (const number of before) {
    if ((await api(app.base, 'GET', `/api/cases/${number}`)).status === 200) intact++;
  }
  check(intact === before.length, `every case from before is intact (${intact}/${before.length})`);
  const rowsAfter = Number(psqlAt(pg.port, 'slrt', 'select count(*) from slrt.case_file'));
  check(rowsAfter === rowsBefore + 1, `nothing was half-written during the outage (case rows ${rowsBefore} -> ${rowsAfter})`);
  const lastBefore = Number(before[before.length - 1].slice(-6));
  const next = after.json ? Number(after.json.registrationNumber.slice(-6)) : NaN;
  check(next === lastBefore + 1, `registration numbers stay gap-free (${before[before.length - 1]} then ${after.json?.registrationNumber})`);
  const tasks = await api(app.base, 'GET', `/engine-rest/task/count?processInstanceBusinessKey=${after.json?.registrationNumber}`);
  check(tasks.status === 200 && tasks.json.count === 1, 'the engine works the new case (triage task created)');
} finally {
  if (app) {
    app.child.kill('SIGTERM');
    await new Promise(resolve => app.child.once('exit', resolve));
  }
  try { stopPostgres(pg, 'fast'); } catch { /* already stopped */ }
}

console.log(failures.length === 0 ? 'DB outage drill: all checks passed' : `DB outage drill: ${failures.length} check(s) failed`);
process.exit(failures.length === 0 ? 0 : 1);
