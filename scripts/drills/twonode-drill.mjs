// Two-node drill: two app instances on one PostgreSQL. Both serve requests; timers started through either node
// fire exactly once (Camunda's job executor locks each job for one node).  Usage: node scripts/drills/twonode-drill.mjs [timers]
import path from 'node:path';
import { rmSync, readdirSync, readFileSync } from 'node:fs';
import { ROOT, startApp, call, pool, sleep, log, sql, postgresPort, deployTimerDiagram, complaint,
  DRILL_ENCRYPTION_KEYS } from './lib.mjs';

const TIMERS = Number(process.argv[2] || 40);
const DATA = path.join(ROOT, 'target', 'drills', 'twonode-pg');
const failures = [];
const check = (ok, message) => { (ok ? log : m => { log(`FAIL ${m}`); failures.push(m); })(`${ok ? 'ok   ' : ''}${message}`); };

function topics() {
  const found = new Set();
  for (const file of readdirSync(path.join(ROOT, 'bpmn')).filter(f => f.endsWith('.bpmn'))) {
    for (const m of readFileSync(path.join(ROOT, 'bpmn', file), 'utf8').matchAll(/camunda:topic="([^"]+)"/g)) found.add(m[1]);
  }
  return [...found].join(',');
}

rmSync(DATA, { recursive: true, force: true });
log('node A: embedded PostgreSQL');
const a = await startApp({ port: 8121, dataDir: DATA, clean: true, logName: 'twonode-a.log' });
const jdbc = `jdbc:postgresql://localhost:${postgresPort(DATA)}/slrt`;
log(`node B: the same PostgreSQL (${jdbc})`);
const b = await startApp({ port: 8122, dataDir: path.join(ROOT, 'target', 'drills', 'unused'), logName: 'twonode-b.log',
  env: { SPRING_DATASOURCE_URL: jdbc, SPRING_DATASOURCE_USERNAME: 'postgres', SPRING_DATASOURCE_PASSWORD: '',
    SLRT_ENCRYPTION_KEYS: DRILL_ENCRYPTION_KEYS },
  extraArgs: [`--slrt.deployment.external-topics=${topics()}`, '--slrt.regions.served=3516,3325,3203,1275,3578'] });

let served = { a: 0, b: 0 };
await pool(20, 4, async i => {
  const node = i % 2 === 0 ? a : b;
  const r = await call(node.base, 'POST', '/api/cases', 'operator', complaint(i));
  if (r.status === 201) served[node === a ? 'a' : 'b']++;
});
check(served.a === 10 && served.b === 10, `both nodes open cases (A ${served.a}/10, B ${served.b}/10)`);
const numbers = sql(DATA, `select count(*), count(distinct registration_number) from slrt.case_file`).split('|').map(Number);
check(numbers[0] === numbers[1] && numbers[0] >= 20, `registration numbers unique across nodes (${numbers[0]} cases)`);

await deployTimerDiagram(a.base, 'twonode-timer', new Date(Date.now() + 30000).toISOString());
await pool(TIMERS, 4, async i => {
  const node = i % 2 === 0 ? a : b;
  const r = await call(node.base, 'POST', '/engine-rest/process-definition/key/twonode-timer/start', 'admin', { variables: {} });
  if (r.status !== 200) throw new Error(`start on ${node.port}: ${r.status} ${r.text}`);
});
log(`${TIMERS} timers due in 30 s, started half through each node; both job executors are running`);

let fired = 0;
for (let i = 0; i < 120; i++) {
  fired = Number(sql(DATA, `select count(*) from public.act_ru_task where task_def_key_ = 'Escalate'
    and proc_inst_id_ in (select proc_inst_id_ from public.act_ru_execution where proc_def_id_ like 'twonode-timer:%')`));
  if (fired >= TIMERS) break;
  await sleep(1000);
}
await sleep(3000);
const perInstance = sql(DATA, `select coalesce(max(n), 0) from (select count(*) n from public.act_ru_task where task_def_key_ = 'Escalate' group by proc_inst_id_) d`);
const leftJobs = Number(sql(DATA, `select count(*) from public.act_ru_job where process_def_key_ = 'twonode-timer'`));
check(fired === TIMERS, `every timer fired (${fired}/${TIMERS})`);
check(Number(perInstance) === 1, `no timer fired twice (most escalations for one instance: ${perInstance})`);
check(leftJobs === 0, `no timer job left over (${leftJobs})`);
const viaA = await call(a.base, 'GET', '/engine-rest/task/count?taskDefinitionKey=Escalate', 'admin');
const viaB = await call(b.base, 'GET', '/engine-rest/task/count?taskDefinitionKey=Escalate', 'admin');
check(viaA.json.count === viaB.json.count, `both nodes see the same tasks (A ${viaA.json.count}, B ${viaB.json.count})`);

b.child.kill('SIGTERM');
await sleep(3000);
a.child.kill('SIGTERM');
await sleep(3000);
console.log(failures.length ? `two-node drill FAILED: ${failures.length} problem(s)` : 'two-node drill passed');
process.exit(failures.length ? 1 : 0);
