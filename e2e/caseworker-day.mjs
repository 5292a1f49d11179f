// Browser check of a caseworker's day in Camunda Tasklist, in Indonesian.
//
// Needs a running app (SLRT_BASE_URL, default http://localhost:8080) with the demo users. With the browser's
// language set to Indonesian (locale id-ID, Accept-Language id) the front office starts a case from the
// Tasklist start form and logs out; each task of the process is then found under its shared filter, claimed,
// filled (first with a wrong value, to see the form stop the user with a message under the field) and
// completed by the user the step names; at the end the case file must be closed. Along the way the Tasklist
// screens must show the Indonesian texts of locales/id.json. One screenshot per step goes to SLRT_SHOT_DIR
// (default target/e2e). Exits 1 with the failing step and the reason when anything is not as expected.
//
// The steps of the service come from lib/services.mjs; SLRT_E2E_PROCESS picks the entry (default
// complaint-handling).
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { BASE_URL, SHOT_DIR, launch, shot } from './lib/browser.mjs';
import { SERVICES } from './lib/services.mjs';
import {
  TIMEOUT, StepFailure, api, claim, complete, completeButton, expectNotification, fail, openFilter,
  openStartForm, openTaskFromList, submitExpectingValidation, submitStartForm, tasklistLogin, tasklistLogout,
  watchForms,
} from './lib/tasklist.mjs';

const PROCESS_KEY = process.env.SLRT_E2E_PROCESS || 'complaint-handling';
const ID_JSON = new URL('../src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/id.json',
  import.meta.url);

const service = SERVICES[PROCESS_KEY];
if (!service) {
  console.error(`caseworker-day: no entry "${PROCESS_KEY}" in e2e/lib/services.mjs (known: ${Object.keys(SERVICES).join(', ')})`);
  process.exit(2);
}
if (!service.ready) {
  console.error(`caseworker-day: the entry "${PROCESS_KEY}" in e2e/lib/services.mjs is a draft (ready: false); `
    + 'fill in its task names, form ids and values first');
  process.exit(2);
}

const id = JSON.parse(await readFile(ID_JSON, 'utf8')).labels;
let en;
const run = { id: new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14) };
let stepNumber = 0;
let page;

/** Runs one step of the day: logs it, takes its screenshot, and stops the day at the first failure. */
async function step(title, action) {
  stepNumber += 1;
  const label = String(stepNumber).padStart(2, '0');
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  console.log(`step ${label}: ${title}`);
  try {
    await action();
    if (page) await shot(page, `caseworker-day-${label}-${slug}`);
  } catch (error) {
    if (page) await shot(page, `caseworker-day-${label}-FAILED-${slug}`).catch(() => {});
    const reason = error instanceof StepFailure ? error.message : `${error.name}: ${error.message.split('\n')[0]}`;
    throw new StepFailure(`step ${label} "${title}" failed: ${reason}`);
  }
}

/** The element must show the Indonesian label, and not the English one. */
async function expectLabel(locator, key) {
  await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT })
    .catch(() => fail(`nothing shows the text of ${key} ("${id[key]}")`));
  const text = (await locator.first().innerText()).trim();
  if (text !== id[key]) {
    fail(`expected the Indonesian ${key} "${id[key]}", the page shows "${text}"${text === en[key] ? ' (the English text)' : ''}`);
  }
}

async function expectPlaceholder(locator, key) {
  const placeholder = await locator.getAttribute('placeholder');
  if (placeholder !== id[key]) fail(`expected the placeholder ${key} "${id[key]}", found "${placeholder}"`);
}

async function login(user) {
  await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
  await page.waitForSelector('input[type="password"].ng-pristine', { timeout: TIMEOUT });
  await expectLabel(page.locator('form button[type="submit"]'), 'PAGE_LOGIN_SIGN_IN_ACTION');
  await expectPlaceholder(page.locator('input[type="text"][tabindex="1"]'), 'PAGE_LOGIN_USERNAME');
  await expectPlaceholder(page.locator('input[type="password"]'), 'PAGE_LOGIN_PASSWORD');
  await tasklistLogin(page, user);
  await expectLabel(page.locator('a, button').filter({ hasText: id.START_PROCESS }), 'START_PROCESS');
}

/** Provokes the step's client-side validation error, checks the messages, then enters the right values. */
async function provokeValidation(form, invalid, values, button, urlPart) {
  await form.fill({ ...values, ...invalid.values });
  const stopped = await submitExpectingValidation(page, button, urlPart);
  console.log(`     the browser stopped the submit (${stopped})`);
  for (const [key, pattern] of Object.entries(invalid.errors)) {
    const messages = await form.errors(key);
    if (!messages.length) fail(`no validation message under the field "${key}"`);
    if (!messages.some((m) => pattern.test(m))) {
      fail(`the message under "${key}" is "${messages.join(' / ')}", expected it to match ${pattern}`);
    }
    console.log(`     validation message under "${key}": ${messages.join(' / ')}`);
  }
  await shot(page, `caseworker-day-${String(stepNumber).padStart(2, '0')}-validation`);
  const corrected = Object.fromEntries(Object.keys(invalid.values).map((key) => [key, values[key]]));
  await form.fill(corrected);
  await page.keyboard.press('Tab');
  for (const key of Object.keys(invalid.errors)) {
    let left = await form.errors(key);
    for (let i = 0; i < 20 && left.length; i++) {
      await page.waitForTimeout(150);
      left = await form.errors(key);
    }
    if (left.length) fail(`the message under "${key}" stayed after correcting it: ${left.join(' / ')}`);
  }
  if (await button.isDisabled()) fail('the button stayed disabled after correcting the form');
}

async function waitForTask(user, businessKey, taskName) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const tasks = await api(user, `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(businessKey)}`);
    const task = tasks.find((t) => t.name === taskName);
    if (task) return task;
    if (Date.now() > deadline) {
      fail(`case ${businessKey} has no open task "${taskName}" visible to ${user} `
        + `(open: ${tasks.map((t) => t.name).join(', ') || 'none'})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const browser = await launch();
for (const old of await readdir(SHOT_DIR)) {
  if (old.startsWith('caseworker-day-')) await rm(path.join(SHOT_DIR, old));
}
let exitCode = 0;
try {
  const context = await browser.newContext({
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    extraHTTPHeaders: { 'Accept-Language': 'id' },
    viewport: { width: 1400, height: 950 },
  });
  page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const forms = watchForms(page);
  let currentUser = null;
  let registrationNumber;

  await step('Tasklist serves the Indonesian locale', async () => {
    const served = await fetch(`${BASE_URL}/camunda/app/tasklist/locales/id.json`);
    if (!served.ok) fail(`/camunda/app/tasklist/locales/id.json answered ${served.status}`);
    const servedLabels = (await served.json()).labels;
    if (!isDeepStrictEqual(servedLabels, id)) fail('the served id.json differs from the one in src/main/resources');
    const config = await (await fetch(`${BASE_URL}/camunda/app/tasklist/scripts/config.js`)).text();
    if (!/availableLocales:\s*\[[^\]]*'id'/.test(config)) fail('the served scripts/config.js does not offer the locale id');
    const english = await fetch(`${BASE_URL}/camunda/app/tasklist/locales/en.json`);
    en = JSON.parse((await english.text()).replace(/^\uFEFF/, '')).labels;
    await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
    const language = await page.evaluate(() => navigator.languages[0]);
    if (!language.startsWith('id')) fail(`the browser's first language is ${language}`);
  });

  await step(`${service.starter} logs in to Tasklist`, async () => {
    await login(service.starter);
    currentUser = service.starter;
  });

  const start = service.start;
  const startValues = start.values(run);
  let started;
  await step(`${service.starter} opens the start form of "${service.processName}"`, async () => {
    started = await openStartForm(page, forms, service.processName, start.form, id.START_PROCESS);
    await expectLabel(started.dialog.locator('.modal-footer button.btn-primary'), 'START');
  });

  if (start.invalid) {
    await step('the start form refuses a wrong value', async () => {
      await provokeValidation(started.form, start.invalid, startValues,
        started.dialog.locator('.modal-footer button.btn-primary'), '/submit-form');
    });
  }

  await step(`${service.starter} starts the case`, async () => {
    await started.form.fill(startValues);
    const instance = await submitStartForm(page, started.dialog, id.START);
    await expectNotification(page, id.PROCESS_START_OK);
    registrationNumber = instance.businessKey;
    if (!registrationNumber) fail('the started process has no business key (registration number)');
    console.log(`     started ${registrationNumber}`);
  });

  for (const [index, task] of service.steps.entries()) {
    const taskStep = `${index + 1}/${service.steps.length}`;
    if (currentUser !== task.user) {
      await step(`${currentUser} logs out`, async () => {
        await tasklistLogout(page, id.CAM_WIDGET_HEADER_SIGN_OUT);
      });
      await step(`${task.user} logs in to Tasklist`, async () => {
        await login(task.user);
        currentUser = task.user;
      });
    }

    let opened;
    let taskId;
    await step(`${task.user} finds "${task.task}" under "${task.filter}" (${taskStep})`, async () => {
      taskId = (await waitForTask(task.user, registrationNumber, task.task)).id;
      await openFilter(page, task.filter);
      opened = await openTaskFromList(page, forms, taskId, task.task, task.form, task.filter);
    });

    await step(`${task.user} claims "${task.task}"`, async () => {
      await claim(page, opened.card, id.CLAIM_TASK);
      const unclaim = await opened.card.locator('button.unclaim').getAttribute('uib-tooltip');
      if (unclaim !== id.UNCLAIM_TASK) fail(`the unclaim button's tooltip is "${unclaim}", expected "${id.UNCLAIM_TASK}"`);
      await expectLabel(completeButton(opened.card), 'COMPLETE');
    });

    if (task.invalid) {
      await step(`the form "${task.form}" refuses a wrong value`, async () => {
        await provokeValidation(opened.form, task.invalid, task.values, completeButton(opened.card),
          `/task/${taskId}/submit-form`);
      });
    }

    await step(`${task.user} completes "${task.task}"`, async () => {
      await opened.form.fill(task.values);
      await complete(page, opened.card, taskId, id.COMPLETE);
      await expectLabel(page.locator('[cam-tasklist-task] .no-task'), 'SELECT_TASK_IN_LIST');
    });
  }

  await step(`the case file shows the case closed`, async () => {
    let found;
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      found = await api(service.steps.at(-1).user, `/api/cases/${registrationNumber}`);
      const mismatches = Object.entries(service.expectCase).filter(([key, value]) => found[key] !== value);
      if (!mismatches.length) break;
      if (Date.now() > deadline) {
        fail(`case ${registrationNumber}: ${mismatches.map(([key, value]) => `${key} is "${found[key]}", expected "${value}"`).join('; ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (found.tasks && found.tasks.length) fail(`case ${registrationNumber} still has open tasks: ${found.tasks.map((t) => t.name).join(', ')}`);
    console.log(`     ${registrationNumber}: ${found.status} (${found.statusLabel})`);
    await tasklistLogout(page, id.CAM_WIDGET_HEADER_SIGN_OUT);
  });
} catch (error) {
  console.error(`FAIL ${error instanceof StepFailure ? error.message : error.stack}`);
  exitCode = 1;
} finally {
  await browser.close();
}

if (exitCode) {
  console.error(`caseworker-day e2e FAILED (${PROCESS_KEY}); screenshots in ${SHOT_DIR}`);
  process.exit(exitCode);
}
console.log(`caseworker-day e2e passed (${PROCESS_KEY}); screenshots in ${SHOT_DIR}`);
