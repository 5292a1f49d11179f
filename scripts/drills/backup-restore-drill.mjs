// Backup and restore drill: the packaged app works on a separately started PostgreSQL; a pg_dump taken while it runs
// (one consistent snapshot of Camunda's ACT_* tables in `public` and the project's `slrt` schema) is restored with
// pg_restore into a new, empty server; case, task, process and registration-counter figures must match, and the app
// must carry on from the restored database (next registration number, a restored task completes).
// Usage: node scripts/drills/backup-restore-drill.mjs [cases, default 30]
import path from 'node:path';
import { mkdirSync, statSync } from 'node:fs';
import { ROOT, log, startPostgres, stopPostgres, psqlAt, pgTool, pgBin, startAppOn, callAs, complaint } from './lib.mjs';

const CASES = Number(process.argv[2] || 30);
const ADMIN = ['drilladmin', 'Drill-Password-123'];
const DIR = path.join(ROOT, 'target', 'drills');
const DUMP = path.join(DIR, 'backup', 'slrt.dump');
const failures = [];
const check = (ok, message) => { (ok ? log : m => { log(`FAIL ${m}`); failures.push(m); })(`${ok ? 'ok   ' : ''}${message}`); };
const api = (base, method, url, body) => callAs(base, method, url, ...ADMIN, body);

/** The figures that must survive: one query each, on the database at `port`. */
const FIGURES = {
  'cases': 'select count(*) from slrt.case_file',
  'open cases': 'select count(*) from slrt.case_file where closed_at is null',
  'case events': 'select count(*) from slrt.case_event',
  'people': 'select count(*) from slrt.case_person',
  'outbox messages': 'select count(*) from slrt.notification_outbox',
  'registration counters': "select coalesce(string_agg(regency_code || '/' || year || '=' || last_value, ',' order by regency_code, year), '') from slrt.registration_counter",
  'open tasks (ACT_RU_TASK)': 'select count(*) from act_ru_task',
  'running processes (ACT_RU_EXECUTION roots)': 'select count(*) from act_ru_execution where id_ = proc_inst_id_',
  'jobs and timers (ACT_RU_JOB)': 'select count(*) from act_ru_job',
  'process history (ACT_HI_PROCINST)': 'select count(*) from act_hi_procinst',
  'deployments (ACT_RE_DEPLOYMENT)': 'select count(*) from act_re_deployment',
  'users (ACT_ID_USER)': 'select count(*) from act_id_user',
  'Flyway migrations': 'select count(*) from slrt.flyway_schema_history where success',
};
const figures = port => Object.fromEntries(Object.entries(FIGURES).map(([name, q]) => [name, psqlAt(port, 'slrt', q)]));

const bin = pgBin();
log(`PostgreSQL server and tools from ${bin}: ${pgTool('pg_dump', ['--version']).trim()}`);
const source = startPostgres({ dataDir: path.join(DIR, 'backup-source-pg'), port: 55441 });
let app;
let restoredApp;
let target;
try {
  app = await startAppOn(source, { port: 8097, logName: 'backup-source-app.log' });
  const numbers = [];
  for (let i = 0; i < CASES; i++) {
    const r = await api(app.base, 'POST', '/api/cases', complaint(i));
    if (r.status === 201) numbers.push(r.json.registrationNumber);
  }
  let completed = 0;
  for (const number of numbers.filter((_, i) => i % 2 === 0)) {
    const tasks = await api(app.base, 'GET', `/engine-rest/task?processInstanceBusinessKey=${number}`);
    const done = await api(app.base, 'POST', `/engine-rest/task/${tasks.json[0].id}/complete`, {
      variables: { triageDecision: { value: 'HANDLE' }, category: { value: 'SOCIAL_PROTECTION' },
        priority: { value: 'NORMAL' }, triageNote: { value: 'Latihan cadangan' } } });
    if (done.status === 204) completed++;
  }
  check(numbers.length === CASES && completed === Math.ceil(CASES / 2),
    `work before the backup: ${numbers.length} cases opened, ${completed} triage tasks completed`);

  mkdirSync(path.dirname(DUMP), { recursive: true });
  log(`backup while the app runs: pg_dump -Fc -d slrt -f ${path.relative(ROOT, DUMP)}`);
  const before = figures(source.port);
  pgTool('pg_dump', ['-h', 'localhost', '-p', String(source.port), '-U', 'postgres', '-d', 'slrt', '-Fc', '-f', DUMP]);
  const changed = Object.entries(figures(source.port)).filter(([name, value]) => before[name] !== value);
  check(changed.length === 0, `nothing changed while the dump ran${changed.length ? `: ${changed.map(([n]) => n)}` : ''}`);
  const listing = pgTool('pg_restore', ['-l', DUMP]);
  const tables = schema => listing.split('\n').filter(l => l.includes(` TABLE ${schema} `)).length;
  check(tables('public') > 40 && tables('slrt') > 10,
    `the dump holds both schemas: ${tables('public')} Camunda tables (public), ${tables('slrt')} project tables (slrt); ${statSync(DUMP).size} bytes`);

  log('losing the server: app and PostgreSQL stopped');
  app.child.kill('SIGTERM');
  await new Promise(resolve => app.child.once('exit', resolve));
  app = null;
  stopPostgres(source);

  target = startPostgres({ dataDir: path.join(DIR, 'backup-restored-pg'), port: 55442 });
  log('restore into a new, empty server: pg_restore --no-owner --exit-on-error -d slrt');
  pgTool('pg_restore', ['-h', 'localhost', '-p', String(target.port), '-U', 'postgres', '-d', 'slrt', '--no-owner',
    '--exit-on-error', '-j', '2', DUMP]);
  const after = figures(target.port);
  for (const name of Object.keys(FIGURES)) {
    check(before[name] === after[name], `${name}: ${before[name]} before, ${after[name]} after`);
  }

  restoredApp = await startAppOn(target, { port: 8098, logName: 'backup-restored-app.log' });
  const taskCount = await api(restoredApp.base, 'GET', '/engine-rest/task/count');
  check(taskCount.json?.count === Number(before['open tasks (ACT_RU_TASK)']), `the restored app sees ${taskCount.json?.count} open tasks`);
  const view = await api(restoredApp.base, 'GET', `/api/cases/${numbers[1]}`);
  check(view.status === 200 && view.json.tasks.length === 1, `a restored case opens with its task (${numbers[1]})`);
  const next = await api(restoredApp.base, 'POST', '/api/cases', complaint(5000));
  const last = numbers[numbers.length - 1];
  check(next.status === 201 && Number(next.json.registrationNumber.slice(-6)) === Number(last.slice(-6)) + 1,
    `numbering carries on without reuse (${last} then ${next.json?.registrationNumber})`);
  const tasks = await api(restoredApp.base, 'GET', `/engine-rest/task?processInstanceBusinessKey=${numbers[1]}`);
  const done = await api(restoredApp.base, 'POST', `/engine-rest/task/${tasks.json[0].id}/complete`, {
    variables: { triageDecision: { value: 'HANDLE' }, category: { value: 'SOCIAL_PROTECTION' },
      priority: { value: 'NORMAL' }, triageNote: { value: 'Setelah pemulihan' } } });
  check(done.status === 204, `a restored task completes (${done.status})`);
} finally {
  for (const running of [app, restoredApp]) {
    if (running) {
      running.child.kill('SIGTERM');
      await new Promise(resolve => running.child.once('exit', resolve));
    }
  }
  for (const pg of [source, target]) {
    try { if (pg) stopPostgres(pg); } catch { /* already stopped */ }
  }
}

console.log(failures.length === 0 ? 'Backup/restore drill: all checks passed' : `Backup/restore drill: ${failures.length} check(s) failed`);
process.exit(failures.length === 0 ? 0 : 1);
