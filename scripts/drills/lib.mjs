// Helpers for the reliability drills: run the packaged app as a real OS process, talk to it over HTTP, and read
// its embedded PostgreSQL with psql.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdirSync, openSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The embedded default's published development key (platform/Encryption): a node on an external PostgreSQL needs
 * the keys the data was sealed with, and the drills' data comes from embedded nodes. Demo data only.
 */
export const DRILL_ENCRYPTION_KEYS = 'dev:' + Buffer.from('slrt-development-key-not-secret!').toString('base64');

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export function jar() {
  const dir = path.join(ROOT, 'target');
  const name = readdirSync(dir).find(f => /^slrt-case-engine-.*\.jar$/.test(f));
  if (!name) throw new Error('build the jar first: mvn -B -DskipTests package');
  return path.join(dir, name);
}

export function log(message) {
  console.log(`[${new Date().toISOString().substring(11, 19)}] ${message}`);
}

/** Starts the app; resolves when it is ready. extraArgs are Spring arguments. */
export async function startApp({ port, dataDir, clean = false, logName, extraArgs = [], env = {} }) {
  mkdirSync(path.join(ROOT, 'target', 'drills'), { recursive: true });
  const out = openSync(path.join(ROOT, 'target', 'drills', logName), 'a');
  const args = ['-Xmx512m', '-jar', jar(), `--server.port=${port}`,
    `--slrt.embedded-db.data-dir=${dataDir}`, `--slrt.embedded-db.clean=${clean}`, ...extraArgs];
  const child = spawn('java', args, { stdio: ['ignore', out, out], env: { ...process.env, ...env } });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 180; i++) {
    if (child.exitCode !== null) throw new Error(`app on ${port} exited with ${child.exitCode}; see target/drills/${logName}`);
    try {
      const r = await fetch(`${base}/actuator/health/readiness`);
      if (r.ok) return { child, base, port };
    } catch { /* not up yet */ }
    await sleep(1000);
  }
  child.kill('SIGKILL');
  throw new Error(`app on ${port} did not become ready`);
}

export function sleep(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

export function basic(user, password = 'demo') {
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

export async function call(base, method, url, user, body, contentType = 'application/json') {
  const response = await fetch(base + url, {
    method,
    headers: { Authorization: basic(user), 'Content-Type': contentType, Accept: 'application/json' },
    body: body === undefined ? undefined : (typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body)),
  });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  return { status: response.status, json, text };
}

/** The port of the embedded PostgreSQL, from postmaster.pid in the data directory. */
export function postgresPort(dataDir) {
  const lines = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  return Number(lines[3]);
}

export function postmasterPid(dataDir) {
  const file = path.join(dataDir, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

export function sql(dataDir, query) {
  return execFileSync('psql', ['-h', 'localhost', '-p', String(postgresPort(dataDir)), '-U', 'postgres', '-d', 'slrt',
    '-At', '-c', query], { encoding: 'utf8' }).trim();
}

/** Runs tasks with a fixed number of concurrent workers. */
export async function pool(count, concurrency, task) {
  let next = 0;
  const workers = Array.from({ length: concurrency }, async () => {
    while (next < count) {
      const i = next++;
      await task(i);
    }
  });
  await Promise.all(workers);
}

export function deployTimerDiagram(base, key, timer) {
  const form = JSON.stringify({ id: `${key}-form`, type: 'default', schemaVersion: 16, components: [] });
  const bpmn = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d_${key}" targetNamespace="http://slrt.example/drill">
  <bpmn:process id="${key}" isExecutable="true" camunda:historyTimeToLive="1">
    <bpmn:startEvent id="Start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="Work" name="Tugas uji" camunda:formRef="${key}-form" camunda:formRefBinding="deployment" camunda:candidateGroups="caseworker" camunda:dueDate="P1D"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
    <bpmn:boundaryEvent id="Due" attachedToRef="Work" cancelActivity="false"><bpmn:outgoing>f3</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${timer}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:userTask id="Escalate" name="Eskalasi uji" camunda:formRef="${key}-form" camunda:formRefBinding="deployment" camunda:candidateGroups="supervisor" camunda:dueDate="P1D"><bpmn:incoming>f3</bpmn:incoming><bpmn:outgoing>f4</bpmn:outgoing></bpmn:userTask>
    <bpmn:endEvent id="End1"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:endEvent id="End2"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Work" />
    <bpmn:sequenceFlow id="f2" sourceRef="Work" targetRef="End1" />
    <bpmn:sequenceFlow id="f3" sourceRef="Due" targetRef="Escalate" />
    <bpmn:sequenceFlow id="f4" sourceRef="Escalate" targetRef="End2" />
  </bpmn:process>
</bpmn:definitions>`;
  const data = new FormData();
  data.append('deployment-name', key);
  data.append(`${key}.bpmn`, new Blob([bpmn], { type: 'application/xml' }), `${key}.bpmn`);
  data.append(`${key}.form`, new Blob([form], { type: 'application/json' }), `${key}.form`);
  return fetch(base + '/engine-rest/deployment/create', { method: 'POST', headers: { Authorization: basic('analis') }, body: data })
    .then(async r => { if (!r.ok) throw new Error(`deploy ${key}: ${r.status} ${await r.text()}`); });
}

export function complaint(i, regency = '3516') {
  return {
    serviceType: 'COMPLAINT', channel: 'WHATSAPP', regionCode: regency,
    subject: { name: `Warga Drill ${i}` },
    reporter: { name: `Pelapor Drill ${i}`, phone: `08129${String(i).padStart(7, '0')}` },
    description: 'Bantuan belum diterima (latihan gangguan)',
  };
}

// ---- A separately started PostgreSQL (outage and backup drills) -------------------------------------------------

/**
 * The bin directory of a PostgreSQL whose server and client tools match (initdb, pg_ctl, pg_dump, pg_restore, psql):
 * SLRT_PG_BIN if set, else the newest Debian `postgresql` package under /usr/lib/postgresql/<major>/bin.
 */
export function pgBin() {
  const wanted = ['initdb', 'pg_ctl', 'pg_dump', 'pg_restore', 'psql'];
  const complete = dir => wanted.every(tool => existsSync(path.join(dir, tool)));
  if (process.env.SLRT_PG_BIN) {
    if (!complete(process.env.SLRT_PG_BIN)) throw new Error(`SLRT_PG_BIN=${process.env.SLRT_PG_BIN} lacks one of ${wanted}`);
    return process.env.SLRT_PG_BIN;
  }
  const base = '/usr/lib/postgresql';
  const majors = existsSync(base) ? readdirSync(base).filter(v => /^\d+$/.test(v)).sort((x, y) => y - x) : [];
  for (const major of majors) {
    if (complete(path.join(base, major, 'bin'))) return path.join(base, major, 'bin');
  }
  throw new Error('no PostgreSQL server and client tools found: apt-get install postgresql (or set SLRT_PG_BIN)');
}

/** PostgreSQL refuses to run as root; as root (CI) the server runs in a user namespace, as the app's embedded one does. */
function asNonRoot(command, args) {
  return process.getuid && process.getuid() === 0 ? ['unshare', ['-U', command, ...args]] : [command, args];
}

function run(command, args, options = {}) {
  const [cmd, full] = asNonRoot(command, args);
  return execFileSync(cmd, full, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

/** Creates (fresh) and starts a PostgreSQL cluster on dataDir and port, with a database `slrt`. */
export function startPostgres({ dataDir, port, fresh = true }) {
  const bin = pgBin();
  if (fresh) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(path.dirname(dataDir), { recursive: true });
    run(path.join(bin, 'initdb'), ['-A', 'trust', '-U', 'postgres', '-D', dataDir, '-E', 'UTF-8', '--locale=C']);
  }
  resumePostgres({ dataDir, port });
  if (fresh) psqlAt(port, 'postgres', 'create database slrt');
  return { bin, dataDir, port };
}

/** Starts an existing cluster again (after stopPostgres). */
export function resumePostgres({ dataDir, port }) {
  run(path.join(pgBin(), 'pg_ctl'), ['-D', dataDir, '-l', path.join(dataDir, 'postgresql.log'), '-w', '-t', '60',
    '-o', `-p ${port} -c listen_addresses=localhost -c unix_socket_directories=${dataDir}`, 'start']);
}

export function stopPostgres({ dataDir }, mode = 'fast') {
  run(path.join(pgBin(), 'pg_ctl'), ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
}

/** Runs one query on localhost:port and returns the unaligned result. */
export function psqlAt(port, database, query) {
  return execFileSync(path.join(pgBin(), 'psql'), ['-h', 'localhost', '-p', String(port), '-U', 'postgres', '-d', database,
    '-v', 'ON_ERROR_STOP=1', '-At', '-c', query], { encoding: 'utf8' }).trim();
}

/** The client tools of pgBin() (pg_dump, pg_restore) run as the current user. */
export function pgTool(tool, args) {
  return execFileSync(path.join(pgBin(), tool), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** External-task topics of the project's diagrams (an app on an external database serves none by itself). */
export function diagramTopics() {
  const found = new Set();
  for (const file of readdirSync(path.join(ROOT, 'bpmn')).filter(f => f.endsWith('.bpmn'))) {
    for (const m of readFileSync(path.join(ROOT, 'bpmn', file), 'utf8').matchAll(/camunda:topic="([^"]+)"/g)) found.add(m[1]);
  }
  return [...found].join(',');
}

/** Starts the packaged app on an external PostgreSQL (no demo users: the administrator from the environment). */
export function startAppOn(pg, { port, logName, admin = 'drilladmin', password = 'Drill-Password-123' }) {
  return startApp({ port, dataDir: path.join(ROOT, 'target', 'drills', 'unused'), logName,
    env: { SPRING_DATASOURCE_URL: `jdbc:postgresql://localhost:${pg.port}/slrt`, SPRING_DATASOURCE_USERNAME: 'postgres',
      SPRING_DATASOURCE_PASSWORD: '', SLRT_ADMIN_USER: admin, SLRT_ADMIN_PASSWORD: password,
      SLRT_ENCRYPTION_KEYS: DRILL_ENCRYPTION_KEYS },
    extraArgs: [`--slrt.deployment.external-topics=${diagramTopics()}`, '--slrt.regions.served=3516'] });
}

/** call() with explicit credentials. */
export async function callAs(base, method, url, user, password, body) {
  const started = Date.now();
  try {
    const response = await fetch(base + url, {
      method,
      headers: { Authorization: basic(user, password), 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30000),
    });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    return { status: response.status, json, text, type: response.headers.get('content-type') || '', ms: Date.now() - started };
  } catch (e) {
    return { status: 0, json: null, text: String(e), type: '', ms: Date.now() - started };
  }
}
