// Browser check of a caseworker's day in Camunda Tasklist, in Indonesian.
//
// Needs a running app (SLRT_BASE_URL, default http://localhost:8080) with the demo users. With the browser's
// language set to Indonesian (locale id-ID, Accept-Language id) the front office starts a case from the
// Tasklist start form and logs out; each task of the process is then found under its shared filter, claimed,
// filled (where the story says so first with a wrong value, to see the form stop the user with an Indonesian
// message under the field) and completed by the user the step names; steps an agency answers (through its
// local stand-in) are checked on the staff case page. At the end the case file must be closed, and the
// supervisor sees it closed on the dashboard (/app/dashboard) and the case page (/app/cases/{number}). Along
// the way the Tasklist screens must show the Indonesian texts of locales/id.json. One screenshot per step goes
// to SLRT_SHOT_DIR (default target/e2e). Exits 1 with the failing step and the reason when anything is not as
// expected.
//
// The stories come from lib/services.mjs; SLRT_E2E_PROCESS picks them (comma-separated process keys, default
// odgj-reunification then complaint-handling).
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { BASE_URL, SHOT_DIR, launch, shot } from './lib/browser.mjs';
import { DEFAULT_PROCESSES, SERVICES } from './lib/services.mjs';
import {
  TIMEOUT, StepFailure, api, claim, complete, completeButton, expectNotification, fail, openFilter,
  openStartForm, openTaskFromList, submitExpectingValidation, submitStartForm, tasklistLogin, tasklistLogout,
  watchForms,
} from './lib/tasklist.mjs';

const PROCESS_KEYS = (process.env.SLRT_E2E_PROCESS || DEFAULT_PROCESSES.join(','))
  .split(',').map((key) => key.trim()).filter(Boolean);
const ID_JSON = new URL('../src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/id.json',
  import.meta.url);

for (const key of PROCESS_KEYS) {
  const service = SERVICES[key];
  if (!service) {
    console.error(`caseworker-day: no entry "${key}" in e2e/lib/services.mjs (known: ${Object.keys(SERVICES).join(', ')})`);
    process.exit(2);
  }
  if (!service.ready) {
    console.error(`caseworker-day: the entry "${key}" in e2e/lib/services.mjs is a draft (ready: false); `
      + 'fill in its task names, form ids and values first');
    process.exit(2);
  }
}

const id = JSON.parse(await readFile(ID_JSON, 'utf8')).labels;
let en;
let page;
let shotPrefix = 'caseworker-day';
let logPrefix = '';
let stepNumber = 0;

const resolve = (spec, run) => (typeof spec === 'function' ? spec(run) : spec) || {};
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Today in the office's zone, as form-js date fields submit it. */
function officeToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
}

/** Runs one step of the day: logs it, takes its screenshot, and stops the day at the first failure. */
async function step(title, action) {
  stepNumber += 1;
  const label = String(stepNumber).padStart(2, '0');
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  console.log(`${logPrefix}step ${label}: ${title}`);
  try {
    await action();
    if (page) await shot(page, `${shotPrefix}-${label}-${slug}`);
  } catch (error) {
    if (page) await shot(page, `${shotPrefix}-${label}-FAILED-${slug}`).catch(() => {});
    const reason = error instanceof StepFailure ? error.message : `${error.name}: ${error.message.split('\n')[0]}`;
    throw new StepFailure(`${logPrefix}step ${label} "${title}" failed: ${reason}`);
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

async function logout() {
  if (!page.url().includes('/camunda/app/tasklist/')) {
    await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
    await page.waitForSelector('.task-filter', { timeout: TIMEOUT });
  }
  await tasklistLogout(page, id.CAM_WIDGET_HEADER_SIGN_OUT);
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
  await shot(page, `${shotPrefix}-${String(stepNumber).padStart(2, '0')}-validation`);
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
    await sleep(500);
  }
}

/** Waits until the case event log holds the event (with these details); resolves to the event. */
async function waitForEvent(user, registrationNumber, expected) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const found = await api(user, `/api/cases/${registrationNumber}`);
    const event = (found.events || []).find((e) => e.type === expected.type
      && Object.entries(expected.details || {}).every(([key, value]) => (e.details || {})[key] === value));
    if (event) return { event, found };
    if (Date.now() > deadline) {
      const same = (found.events || []).filter((e) => e.type === expected.type);
      fail(`case ${registrationNumber} has no event ${expected.type} ${JSON.stringify(expected.details || {})} `
        + (same.length ? `(found ${same.map((e) => JSON.stringify(e.details)).join(', ')})`
          : `(status ${found.status}, open tasks: ${(found.tasks || []).map((t) => t.name).join(', ') || 'none'})`));
    }
    await sleep(500);
  }
}

async function openCasePage(registrationNumber) {
  const response = await page.goto(`${BASE_URL}/app/cases/${encodeURIComponent(registrationNumber)}`);
  if (response.status() !== 200) fail(`/app/cases/${registrationNumber} answered ${response.status()}`);
  const shown = (await page.locator('h1').first().innerText()).trim();
  if (shown !== registrationNumber) fail(`the case page shows "${shown}" as its number`);
}

/** Dashboard figures of the unit and service, as the API counts them. */
function dashboardFigures(user, unit, serviceType) {
  return api(user, `/api/dashboard?unit=${unit}&service=${serviceType}`);
}

async function figureOnPage(name) {
  const locator = page.locator(`[data-figure="${name}"]`);
  if (!(await locator.count())) fail(`the dashboard shows no figure "${name}"`);
  return Number(await locator.first().getAttribute('data-value'));
}

/** One service's day, from the start form to the closed case on the dashboard and the case page. */
async function day(browser, processKey) {
  const service = SERVICES[processKey];
  shotPrefix = `caseworker-day-${processKey}`;
  logPrefix = `[${processKey}] `;
  stepNumber = 0;
  const run = { id: new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14), today: officeToday() };
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
  let before;
  let region;

  try {
    console.log(`== ${processKey}: ${service.processName}`);
    await step(`${service.starter} logs in to Tasklist`, async () => {
      await login(service.starter);
      currentUser = service.starter;
    });

    const start = service.start;
    const startValues = resolve(start.values, run);
    region = startValues.regionCode;
    before = await dashboardFigures(service.reviewer, region, service.expectCase.serviceType);
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
      run.registrationNumber = instance.businessKey;
      if (!run.registrationNumber) fail('the started process has no business key (registration number)');
      console.log(`     started ${run.registrationNumber}`);
    });

    for (const [index, task] of service.steps.entries()) {
      const taskStep = `${index + 1}/${service.steps.length}`;
      if (currentUser !== task.user) {
        await step(`${currentUser} logs out`, logout);
        await step(`${task.user} logs in to Tasklist`, async () => {
          await login(task.user);
          currentUser = task.user;
        });
      }

      if (task.system) {
        await step(`${task.system} (${taskStep})`, async () => {
          const { event } = await waitForEvent(task.user, run.registrationNumber, task.event);
          console.log(`     ${event.type} ${JSON.stringify(event.details)}${event.note ? `: ${event.note}` : ''}`);
          await openCasePage(run.registrationNumber);
          const row = page.locator(`table.events td[title="${task.event.type}"]`);
          if (!(await row.count())) fail(`the case page's history does not list the event ${task.event.type}`);
          await row.last().scrollIntoViewIfNeeded();
        });
        continue;
      }

      let opened;
      let taskId;
      await step(`${task.user} finds "${task.task}" under "${task.filter}" (${taskStep})`, async () => {
        taskId = (await waitForTask(task.user, run.registrationNumber, task.task)).id;
        if (!page.url().includes('/camunda/app/tasklist/')) {
          await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
        }
        await openFilter(page, task.filter);
        opened = await openTaskFromList(page, forms, taskId, task.task, task.form, task.filter);
        await opened.form.expectShown(resolve(task.shows, run));
      });

      await step(`${task.user} claims "${task.task}"`, async () => {
        await claim(page, opened.card, id.CLAIM_TASK);
        const unclaim = await opened.card.locator('button.unclaim').getAttribute('uib-tooltip');
        if (unclaim !== id.UNCLAIM_TASK) fail(`the unclaim button's tooltip is "${unclaim}", expected "${id.UNCLAIM_TASK}"`);
        await expectLabel(completeButton(opened.card), 'COMPLETE');
      });

      const values = resolve(task.values, run);
      if (task.invalid) {
        await step(`the form "${task.form}" refuses a wrong value`, async () => {
          await provokeValidation(opened.form, task.invalid, values, completeButton(opened.card),
            `/task/${taskId}/submit-form`);
        });
      }

      await step(`${task.user} completes "${task.task}"`, async () => {
        await opened.form.fill(values);
        await complete(page, opened.card, taskId, id.COMPLETE);
        await expectLabel(page.locator('[cam-tasklist-task] .no-task'), 'SELECT_TASK_IN_LIST');
      });
    }

    if (service.answerBackWindow) {
      // complaint-handling waits 10 working days for the citizen's answer back; the day cannot, so the
      // administrator fires that timer (engine REST, executeJob is admin-only).
      await step('the citizen lets the 10 working days to answer back pass', async () => {
        const view = await api('admin', `/api/cases/${run.registrationNumber}`);
        const deadline = Date.now() + TIMEOUT;
        let jobs = [];
        while (!jobs.length) {
          jobs = await api('admin', `/engine-rest/job?processInstanceId=${view.processInstanceId}&activityId=${service.answerBackWindow}`);
          if (!jobs.length && Date.now() > deadline) fail(`case ${run.registrationNumber} is not waiting for an answer back`);
          if (!jobs.length) await sleep(500);
        }
        const response = await fetch(`${BASE_URL}/engine-rest/job/${jobs[0].id}/execute`, {
          method: 'POST', headers: { Authorization: 'Basic ' + Buffer.from('admin:demo').toString('base64') } });
        if (response.status !== 204) fail(`executing the answer-back timer answered ${response.status}: ${await response.text()}`);
      });
    }

    await step('the case file shows the case closed', async () => {
      let found;
      const deadline = Date.now() + TIMEOUT;
      for (;;) {
        found = await api(currentUser, `/api/cases/${run.registrationNumber}`);
        const mismatches = Object.entries(service.expectCase).filter(([key, value]) => found[key] !== value);
        if (!mismatches.length) break;
        if (Date.now() > deadline) {
          fail(`case ${run.registrationNumber}: ${mismatches.map(([key, value]) => `${key} is "${found[key]}", expected "${value}"`).join('; ')}`
            + ` (open tasks: ${(found.tasks || []).map((t) => t.name).join(', ') || 'none'})`);
        }
        await sleep(500);
      }
      if (found.tasks && found.tasks.length) fail(`case ${run.registrationNumber} still has open tasks: ${found.tasks.map((t) => t.name).join(', ')}`);
      console.log(`     ${run.registrationNumber}: ${found.status} (${found.statusLabel}), outcome ${found.outcome}`);
    });

    if (currentUser !== service.reviewer) {
      await step(`${currentUser} logs out`, logout);
      await step(`${service.reviewer} logs in to Tasklist`, async () => {
        await login(service.reviewer);
        currentUser = service.reviewer;
      });
    }

    await step(`${service.reviewer} sees the case closed on the supervisor dashboard`, async () => {
      const url = `/app/dashboard?unit=${region}&service=${service.expectCase.serviceType}`;
      const response = await page.goto(BASE_URL + url);
      if (response.status() !== 200) fail(`${url} answered ${response.status()}`);
      const open = await figureOnPage('open');
      const closed = await figureOnPage('closed');
      const expected = { open: before.total.open, closed: before.total.closed + 1 };
      if (open !== expected.open || closed !== expected.closed) {
        fail(`the dashboard shows ${open} open and ${closed} closed cases of ${service.expectCase.serviceType} in ${region}; `
          + `before the day ${before.total.open} open and ${before.total.closed} closed, so expected `
          + `${expected.open} open and ${expected.closed} closed`);
      }
      const row = page.locator(`#by-service tr[data-code="${service.expectCase.serviceType}"]`);
      if (!(await row.count())) fail(`the dashboard's table per service has no row ${service.expectCase.serviceType}`);
      console.log(`     dashboard: ${(await row.innerText()).replace(/\s+/g, ' ').trim()}`);
    });

    await step(`${service.reviewer} sees the case closed on the staff case page`, async () => {
      await openCasePage(run.registrationNumber);
      const status = (await page.locator('#case-status').innerText()).trim();
      if (status !== 'Selesai') fail(`the case page shows the status "${status}", expected "Selesai"`);
      const note = page.locator('#closed-note');
      if (!(await note.count())) fail('the case page does not say when the case was closed ("Ditutup ...")');
      const noteText = (await note.innerText()).trim();
      if (!noteText.startsWith('Ditutup ')) fail(`the case page's closing note reads "${noteText}"`);
      const body = await page.locator('body').innerText();
      if (!body.includes('Tidak ada tugas terbuka.')) fail('the case page still lists open tasks');
      if (!(await page.locator('table.events td[title="CASE_CLOSED"]').count())) {
        fail('the case page\'s history does not list CASE_CLOSED');
      }
      console.log(`     case page: ${status}, ${noteText}`);
    });

    await step(`${service.reviewer} logs out`, logout);
  } finally {
    await context.close();
    page = null;
  }
}

const browser = await launch();
for (const old of await readdir(SHOT_DIR)) {
  if (old.startsWith('caseworker-day-')) await rm(path.join(SHOT_DIR, old));
}
let exitCode = 0;
const began = Date.now();
try {
  const probe = await browser.newContext({ locale: 'id-ID', extraHTTPHeaders: { 'Accept-Language': 'id' } });
  page = await probe.newPage();
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
  await probe.close();
  for (const processKey of PROCESS_KEYS) {
    await day(browser, processKey);
  }
} catch (error) {
  console.error(`FAIL ${error instanceof StepFailure ? error.message : error.stack}`);
  exitCode = 1;
} finally {
  await browser.close();
}

const seconds = Math.round((Date.now() - began) / 1000);
if (exitCode) {
  console.error(`caseworker-day e2e FAILED (${PROCESS_KEYS.join(', ')}; ${seconds} s); screenshots in ${SHOT_DIR}`);
  process.exit(exitCode);
}
console.log(`caseworker-day e2e passed (${PROCESS_KEYS.join(', ')}; ${seconds} s); screenshots in ${SHOT_DIR}`);
