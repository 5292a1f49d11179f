// Checks of the analysts' files that the Java build does not make (CI runs it after `npm ci`, beside bpmnlint):
//   headers    every BPMN and DMN says Camunda Platform 7.24.0 (modeler:executionPlatform[Version]), every form too
//   dmn-layout every DMN has a DMNDI decision diagram: a shape with bounds per decision, an edge per requirement
//   templates  .camunda/element-templates/ against the Camunda 7 element templates JSON schema (ajv)
//   template-use  service tasks built from a template carry camunda:modelerTemplate(+Version), consistently
//   forms      forms/ against the form-js schema's rules for fields and validation (see scripts/lib/models.mjs)
//   escalation the README's table of the at-risk/breach escalation pattern is exactly what the diagrams have
//   pictures   docs/diagrams/*.svg are what scripts/render-diagrams.mjs renders from bpmn/ now (Chromium)
//
//   node scripts/check-models.mjs [check...]   run all checks (or the named ones); exit 1 listing every problem
//   node scripts/check-models.mjs --self-test  plant one defect at a time in a temporary copy of the project and
//                                              expect the check it concerns to fail (and the copy to pass first)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkDmnLayout, checkEscalationTable, checkForms, checkHeaders, checkTemplateSchema, checkTemplateUse,
} from './lib/models.mjs';
import { normaliseSvg, renderDiagrams, root } from './lib/render.mjs';

/** The committed pictures are the diagrams as they render now: re-rendered into memory and compared. */
async function checkPictures(dir) {
  const problems = [];
  const pictures = path.join(dir, 'docs', 'diagrams');
  const rendered = await renderDiagrams(path.join(dir, 'bpmn'));
  for (const [file, svg] of rendered) {
    const committed = path.join(pictures, file);
    if (!existsSync(committed)) {
      problems.push(`docs/diagrams/${file}: missing; run node scripts/render-diagrams.mjs`);
    } else if (normaliseSvg(readFileSync(committed, 'utf8')) !== svg) {
      problems.push(`docs/diagrams/${file}: does not show bpmn/${file.replace(/\.svg$/, '.bpmn')} as it is now; `
        + 'run node scripts/render-diagrams.mjs and commit the picture');
    }
  }
  for (const file of existsSync(pictures) ? readdirSync(pictures).filter(f => f.endsWith('.svg')) : []) {
    if (!rendered.has(file)) problems.push(`docs/diagrams/${file}: no diagram bpmn/${file.replace(/\.svg$/, '.bpmn')}`);
  }
  return problems;
}

const CHECKS = {
  headers: checkHeaders,
  'dmn-layout': checkDmnLayout,
  templates: checkTemplateSchema,
  'template-use': checkTemplateUse,
  forms: checkForms,
  escalation: checkEscalationTable,
  pictures: checkPictures,
};

async function run(dir, names) {
  const problems = new Map();
  for (const name of names) {
    problems.set(name, await CHECKS[name](dir));
  }
  return problems;
}

// One planted defect per case: the check it must trip, what is changed (in a fresh copy), and a part of the
// problem the check must report.
const edit = (dir, file, change) => {
  const target = path.join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`self-test: planting in ${file} changed nothing`);
  writeFileSync(target, after);
};
const DEFECTS = [
  ['headers', 'a BPMN without executionPlatformVersion',
    d => edit(d, 'bpmn/complaint-handling.bpmn', s => s.replace(' modeler:executionPlatformVersion="7.24.0"', '')),
    'complaint-handling.bpmn: modeler:executionPlatformVersion is undefined'],
  ['headers', 'a DMN for another engine version',
    d => edit(d, 'bpmn/sla-targets.dmn', s => s.replace('executionPlatformVersion="7.24.0"', 'executionPlatformVersion="7.23.0"')),
    'sla-targets.dmn: modeler:executionPlatformVersion is "7.23.0"'],
  ['dmn-layout', 'a DMN without the shape of its decision',
    d => edit(d, 'bpmn/service-routing.dmn', s => s.replace(/<dmndi:DMNShape[\s\S]*?<\/dmndi:DMNShape>\s*/, '')),
    'service-routing.dmn: Decision serviceProcess has no DMNShape'],
  ['dmn-layout', 'a DMN without DMNDI',
    d => edit(d, 'bpmn/case-categories.dmn', s => s.replace(/<dmndi:DMNDI>[\s\S]*<\/dmndi:DMNDI>\s*/, '')),
    'case-categories.dmn: no dmndi:DMNDI'],
  ['templates', 'a template with an unknown binding type',
    d => edit(d, '.camunda/element-templates/close-case.json', s => s.replace('"camunda:inputParameter"', '"camunda:inputParam"')),
    'close-case.json: /0/properties/1/binding/type must be equal to one of the allowed values'],
  ['templates', 'a template without appliesTo',
    d => edit(d, '.camunda/element-templates/notify-citizen.json', s => s.replace('"appliesTo"', '"appliesToo"')),
    "notify-citizen.json: /0 must have required property 'appliesTo'"],
  ['template-use', 'a service task built from a template that does not say so',
    d => edit(d, 'bpmn/assistive-device.bpmn', s => s.replace(/(id="RegisterCase"[^>]*?) camunda:modelerTemplate="[^"]*" camunda:modelerTemplateVersion="1"/, '$1')),
    'assistive-device.bpmn RegisterCase: uses element template id.slrt.step.registerCase but has no camunda:modelerTemplate'],
  ['template-use', 'a task naming a template version that does not exist',
    d => edit(d, 'bpmn/puskesos-application.bpmn', s => s.replace(/(id="RegisterApplication"[^>]*?camunda:modelerTemplateVersion=)"1"/, '$1"2"')),
    'puskesos-application.bpmn RegisterApplication: camunda:modelerTemplate id.slrt.step.registerCase version 2 is not in'],
  ['forms', 'a pattern on a date field (which form-js does not allow)',
    d => edit(d, 'forms/odgj-follow-up-visit.form', s => s.replace(/("key": "visitDate",[\s\S]*?"validate": \{\s*"required": true)/, '$1, "pattern": "^[0-9-]+$"')),
    'odgj-follow-up-visit.form visitDate: validate.pattern is not allowed on a datetime field'],
  ['forms', 'a minimum length on a number field',
    d => edit(d, 'forms/gepeng-assessment.form', s => s.replace(/("type": "number",[\s\S]*?"validate": \{)/, '$1 "minLength": 2,')),
    'validate.minLength is not allowed on a number field'],
  ['escalation', 'a README that leaves out a task with the escalation pattern',
    d => edit(d, 'README.md', s => s.replace('`TriageComplaint`, ', '')),
    'escalation table row complaint-handling lists HandleComplaint with the pattern; the diagram has it on HandleComplaint, TriageComplaint'],
  ['escalation', 'a task whose at-risk timer is gone',
    d => edit(d, 'bpmn/complaint-handling.bpmn', s => s.replace('<bpmn:boundaryEvent id="TriageComplaintAtRisk" name="75% waktu terpakai" cancelActivity="false" attachedToRef="TriageComplaint">',
      '<bpmn:boundaryEvent id="TriageComplaintAtRisk" name="75% waktu terpakai" cancelActivity="false" attachedToRef="ClassifyAfterTriage">')),
    'complaint-handling.bpmn TriageComplaint: has the breach timer but not the at-risk timer'],
  ['pictures', 'a diagram changed without re-rendering its picture',
    d => edit(d, 'bpmn/complaint-handling.bpmn', s => s.replace('<dc:Bounds x="240" y="100" width="100" height="80" />', '<dc:Bounds x="250" y="100" width="100" height="80" />')),
    'docs/diagrams/complaint-handling.svg: does not show bpmn/complaint-handling.bpmn as it is now'],
  ['pictures', 'a picture left over from a removed diagram',
    d => cpSync(path.join(d, 'docs/diagrams/complaint-handling.svg'), path.join(d, 'docs/diagrams/old-process.svg')),
    'docs/diagrams/old-process.svg: no diagram bpmn/old-process.bpmn'],
];

function copyProject() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'check-models-'));
  for (const part of ['bpmn', 'forms', '.camunda', 'docs/diagrams', 'README.md']) {
    cpSync(path.join(root, part), path.join(dir, part), { recursive: true });
  }
  return dir;
}

async function selfTest() {
  let failures = 0;
  const pristine = copyProject();
  try {
    for (const [name, problems] of await run(pristine, Object.keys(CHECKS))) {
      if (problems.length) {
        failures++;
        console.log(`FAIL ${name}: fails on an unchanged copy of the project:\n  ${problems.join('\n  ')}`);
      }
    }
  } finally {
    rmSync(pristine, { recursive: true, force: true });
  }
  for (const [name, what, plant, expected] of DEFECTS) {
    const dir = copyProject();
    try {
      try {
        plant(dir);
      } catch (e) {
        failures++;
        console.log(`FAIL ${name}: ${what}: the defect could not be planted (${e.message})`);
        continue;
      }
      const problems = await CHECKS[name](dir);
      if (problems.some(p => p.includes(expected))) {
        console.log(`ok   ${name}: ${what} -> ${problems.find(p => p.includes(expected))}`);
      } else {
        failures++;
        console.log(`FAIL ${name}: ${what} was not reported as "${expected}"; the check said: ${problems.length ? problems.join('; ') : 'nothing'}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const passed = DEFECTS.length + 1 - failures;
  console.log(`self-test: ${passed} passed, ${failures} failed`);
  return failures === 0;
}

const args = process.argv.slice(2);
if (args.includes('--self-test')) {
  process.exit(await selfTest() ? 0 : 1);
}
const names = args.length ? args : Object.keys(CHECKS);
const unknown = names.filter(n => !CHECKS[n]);
if (unknown.length) {
  console.error(`unknown check(s): ${unknown.join(', ')}; checks: ${Object.keys(CHECKS).join(', ')}`);
  process.exit(2);
}
let total = 0;
for (const [name, problems] of await run(root, names)) {
  total += problems.length;
  console.log(problems.length ? `FAIL ${name}:\n  ${problems.join('\n  ')}` : `ok   ${name}`);
}
process.exit(total ? 1 : 0);
