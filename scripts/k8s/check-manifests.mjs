// Validates every manifest in k8s/ against the Kubernetes API schemas bundled in kubernetes-models (pinned in
// scripts/k8s/package.json), and the project's own rules for them: two or more replicas, the three probes, resources,
// settings from a ConfigMap and a Secret, a PodDisruptionBudget that selects the app. --self-test first checks that
// planted defects are found. Run: (cd scripts/k8s && npm ci) && node scripts/k8s/check-manifests.mjs [--self-test]
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, 'k8s');

const MODELS = {
  'v1/Namespace': 'kubernetes-models/v1/Namespace',
  'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
  'v1/Secret': 'kubernetes-models/v1/Secret',
  'v1/Service': 'kubernetes-models/v1/Service',
  'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
  'networking.k8s.io/v1/Ingress': 'kubernetes-models/networking.k8s.io/v1/Ingress',
};

async function schemaProblems(doc) {
  const key = `${doc.apiVersion}/${doc.kind}`;
  const module = MODELS[key];
  if (!module) {
    return [`${key}: no schema known to this check`];
  }
  const Model = (await import(module))[doc.kind];
  try {
    new Model(doc).validate();
    return [];
  } catch (e) {
    return [`${key} ${doc.metadata?.name}: ${e.message}`];
  }
}

function ruleProblems(docs) {
  const problems = [];
  const deployment = docs.find((d) => d.kind === 'Deployment');
  if (!deployment) {
    return ['no Deployment'];
  }
  if (!(deployment.spec.replicas >= 2)) problems.push('Deployment: fewer than 2 replicas');
  const app = deployment.spec.template.spec.containers[0];
  for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
    if (!app[probe]) problems.push(`Deployment: no ${probe}`);
  }
  if (app.readinessProbe?.httpGet?.path !== '/actuator/health/readiness') problems.push('readiness probe not /actuator/health/readiness');
  if (!app.resources?.requests?.cpu || !app.resources?.requests?.memory || !app.resources?.limits?.memory) {
    problems.push('Deployment: resources (cpu and memory requests, memory limit) missing');
  }
  const from = (app.envFrom ?? []).map((e) => e.configMapRef?.name ?? e.secretRef?.name);
  const configMap = docs.find((d) => d.kind === 'ConfigMap');
  if (!configMap || !from.includes(configMap.metadata.name)) problems.push('Deployment: settings not from the ConfigMap');
  if (!(app.envFrom ?? []).some((e) => e.secretRef)) problems.push('Deployment: no Secret for the passwords and keys');
  if (!configMap?.data?.SPRING_DATASOURCE_URL) problems.push('ConfigMap: no external database (SPRING_DATASOURCE_URL)');
  const pdb = docs.find((d) => d.kind === 'PodDisruptionBudget');
  const labels = deployment.spec.template.metadata.labels;
  if (!pdb) {
    problems.push('no PodDisruptionBudget');
  } else if (!Object.entries(pdb.spec.selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v)) {
    problems.push('PodDisruptionBudget does not select the app');
  }
  return problems;
}

async function check(docs) {
  const problems = [];
  for (const doc of docs) {
    problems.push(...(await schemaProblems(doc)));
  }
  return problems.concat(ruleProblems(docs));
}

function load() {
  const docs = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml').sort()) {
    for (const d of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
      if (d.errors.length) throw new Error(`${file}: ${d.errors[0].message}`);
      const value = d.toJS();
      if (value) docs.push(value);
    }
  }
  return docs;
}

const docs = load();
if (process.argv.includes('--self-test')) {
  const planted = [
    ['replicas as a string', (ds) => { ds.find((d) => d.kind === 'Deployment').spec.replicas = 'two'; }],
    ['a container without a name', (ds) => { delete ds.find((d) => d.kind === 'Deployment').spec.template.spec.containers[0].name; }],
    ['a probe port of the wrong type', (ds) => { ds.find((d) => d.kind === 'Deployment').spec.template.spec.containers[0].livenessProbe.periodSeconds = '15s'; }],
    ['one replica', (ds) => { ds.find((d) => d.kind === 'Deployment').spec.replicas = 1; }],
    ['no readiness probe', (ds) => { delete ds.find((d) => d.kind === 'Deployment').spec.template.spec.containers[0].readinessProbe; }],
    ['PDB selecting nothing of ours', (ds) => { ds.find((d) => d.kind === 'PodDisruptionBudget').spec.selector.matchLabels = { app: 'other' }; }],
    ['a Service without ports of the right shape', (ds) => { ds.find((d) => d.kind === 'Service').spec.ports = 'http'; }],
  ];
  for (const [name, plant] of planted) {
    const copy = structuredClone(docs);
    plant(copy);
    const found = await check(copy);
    if (found.length === 0) {
      console.error(`self-test: the planted defect "${name}" was not found`);
      process.exit(1);
    }
    console.log(`self-test: "${name}" found: ${found[0]}`);
  }
}
const problems = await check(docs);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`k8s/: ${docs.length} manifests valid against the Kubernetes schemas (kubernetes-models) and the project's rules`);
