// Camunda Tasklist 7.24 driven the way a person uses it: log in and out, start a process from its start
// form, open a shared filter, pick a task, claim it, fill the Camunda Form and complete it.
//
// Form fields are named by their form key (the process variable), as in the .form files. The field's
// component id, type and options come from the form Tasklist itself loads (its deployed-form response), so a
// key missing from the deployed form fails with a plain message instead of a selector timeout.
import { BASE_URL } from './browser.mjs';

export const TIMEOUT = Number(process.env.SLRT_E2E_TIMEOUT_MS || 30000);

/** An error meant for the person reading the log: its message says what is wrong in the app. */
export class StepFailure extends Error {}

export function fail(message) {
  throw new StepFailure(message);
}

/** HTTP Basic call to the engine REST API or the project API (used only to look things up, never to act). */
export async function api(user, url) {
  const response = await fetch(BASE_URL + url, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'), Accept: 'application/json' },
  });
  const text = await response.text();
  if (!response.ok) {
    fail(`GET ${url} as ${user} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  return text ? JSON.parse(text) : null;
}

export async function tasklistLogin(page, user, password = 'demo') {
  await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
  // Wait until AngularJS has compiled the login form: typing into it earlier is lost.
  await page.waitForSelector('input[type="password"].ng-pristine', { timeout: TIMEOUT });
  // The login page focuses the user name field a moment after it renders; text typed elsewhere before that
  // lands in the user name field (on a busy machine: "peksosdemo"). Wait for that focus, then check both fields.
  const username = page.locator('input[type="text"][tabindex="1"]');
  const passwordField = page.locator('input[type="password"]');
  await page.waitForFunction(() => document.activeElement && document.activeElement.matches('input[type="text"][tabindex="1"]'),
    null, { timeout: 3000 }).catch(() => {});
  for (let attempt = 1; ; attempt++) {
    await username.fill(user);
    await passwordField.fill(password);
    if ((await username.inputValue()) === user && (await passwordField.inputValue()) === password) break;
    if (attempt === 3) fail(`could not type the user name and password of ${user} into the login form`);
    await page.waitForTimeout(500);
  }
  await page.click('button[type="submit"]');
  const outcome = await Promise.race([
    page.waitForSelector('input[type="password"]', { state: 'detached', timeout: TIMEOUT }).then(() => 'in'),
    page.waitForSelector('.page-notifications .alert-danger, .notifications .alert-danger', { timeout: TIMEOUT })
      .then(() => 'refused'),
  ]).catch(() => 'timeout');
  if (outcome !== 'in') {
    fail(`login as ${user} did not succeed (${outcome}): ${(await page.locator('body').innerText()).slice(0, 300)}`);
  }
  await page.waitForSelector('.task-filter', { timeout: TIMEOUT });
}

/** Logs out through the user menu in the header; resolves to the text the login page then shows. */
export async function tasklistLogout(page, signOutLabel) {
  await page.locator('[cam-widget-header] li.account > a.dropdown-toggle').click({ timeout: TIMEOUT });
  const item = page.locator('[cam-widget-header] li.account li.logout a');
  const text = (await item.innerText()).trim();
  if (text !== signOutLabel) fail(`the log-out menu item reads "${text}", expected "${signOutLabel}"`);
  await item.click();
  await page.waitForSelector('input[type="password"]', { timeout: TIMEOUT });
}

/** Waits for a Tasklist notification with this text (success or error). */
export async function expectNotification(page, text) {
  await page.locator('.notifications .alert, .page-notifications .alert', { hasText: text }).first()
    .waitFor({ state: 'visible', timeout: TIMEOUT })
    .catch(() => fail(`the notification "${text}" did not appear`));
}

/** All components with a key, also inside groups and dynamic lists. */
function keyedComponents(schema) {
  const found = [];
  const walk = (components = []) => {
    for (const component of components) {
      if (component.key) found.push(component);
      if (component.components) walk(component.components);
    }
  };
  walk(schema.components);
  return found;
}

/** The Camunda Form rendered on the page, with the schema Tasklist loaded for it. */
export class RenderedForm {
  constructor(page, root, schema, expectedFormId) {
    this.page = page;
    this.root = root;
    this.schema = schema;
    if (expectedFormId && schema.id !== expectedFormId) {
      fail(`expected the form "${expectedFormId}", Tasklist rendered "${schema.id}"`);
    }
  }

  /** form-js gives every field the id "fjs-form-<instance>-<component id>". */
  async prefix() {
    if (!this._prefix) {
      await this.root.locator('.fjs-form').waitFor({ timeout: TIMEOUT });
      const id = await this.root.locator('.fjs-form [id^="fjs-form-"]').first().getAttribute('id');
      this._prefix = id.split('-').slice(0, 3).join('-');
    }
    return this._prefix;
  }

  component(key) {
    const components = keyedComponents(this.schema);
    const component = components.find((c) => c.key === key);
    if (!component) {
      fail(`the form "${this.schema.id}" has no field "${key}" (its fields: ${components.map((c) => c.key).join(', ')})`);
    }
    return component;
  }

  async byId(suffix) {
    return this.root.locator(`[id="${await this.prefix()}-${suffix}"]`);
  }

  async fill(values) {
    for (const [key, value] of Object.entries(values)) {
      try {
        await this.set(key, value);
      } catch (error) {
        if (error instanceof StepFailure) throw error;
        fail(`could not enter ${JSON.stringify(value)} in the field "${key}" of the form "${this.schema.id}": `
          + error.message.split('\n')[0]);
      }
    }
  }

  async set(key, value) {
    const c = this.component(key);
    if (c.disabled || c.readonly) {
      fail(`the field "${key}" of the form "${this.schema.id}" is read-only`);
    }
    switch (c.type) {
      case 'textfield':
      case 'textarea':
      case 'number':
        await this.typeUntilKept(await this.byId(c.id), value === null ? '' : String(value), key);
        return;
      case 'select': {
        const display = await this.byId(`${c.id}-display`);
        if (value === null || value === '') {
          const cross = display.locator('xpath=..').locator('.fjs-select-cross');
          if (await cross.count()) await cross.click();
          return;
        }
        const label = this.optionLabel(c, value);
        if ((await display.innerText()).trim() === label) return;
        // The list opens on focus and a click toggles it: make sure it is open before picking.
        const list = display.locator('xpath=../..').locator('.fjs-dropdownlist');
        await display.click();
        if (!(await list.isVisible())) await display.click();
        await list.locator('.fjs-dropdownlist-item').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) })
          .first().click({ timeout: TIMEOUT });
        return;
      }
      case 'radio':
        await this.toggle(await this.byId(`${c.id}-${this.optionIndex(c, value)}`), true, key);
        return;
      case 'checkbox':
        await this.toggle(await this.byId(c.id), Boolean(value), key);
        return;
      case 'datetime': {
        // A date field (flatpickr) takes what the user types in its display format, dd/mm/yyyy, on blur.
        if ((c.subtype || 'date') !== 'date') {
          fail(`the e2e runner can fill only date fields, "${key}" in the form "${this.schema.id}" is a ${c.subtype} field`);
        }
        const input = await this.byId(`${c.id}-date`);
        const typed = value === null || value === '' ? '' : isoDateToDisplay(String(value));
        await this.type(input, typed);
        const shown = await input.inputValue();
        // It shows the date it understood without leading zeros (1/12/2026).
        if (!sameDisplayedDate(shown, typed)) fail(`the date field "${key}" shows "${shown}" after typing "${typed}"`);
        return;
      }
      case 'checklist':
        for (let i = 0; i < (c.values || []).length; i++) {
          await this.toggle(await this.byId(`${c.id}-${i}`), value.includes(c.values[i].value), key);
        }
        return;
      default:
        fail(`the e2e runner cannot fill a "${c.type}" field yet ("${key}" in the form "${this.schema.id}")`);
    }
  }

  /**
   * Types into a field the way a person does: focus it, let the form settle, type, leave it, let it settle.
   * Leaving a field makes form-js validate it and render the form again a moment later; text typed into the
   * next field before that render is wiped by it (and form-js, which passes typed text on only after a pause
   * or when the field loses focus, then keeps the empty value). Playwright's fill() would focus and type at
   * once.
   */
  async type(input, text) {
    await input.focus();
    await settle(this.page);
    await input.fill(text);
    await input.blur();
    await settle(this.page);
  }

  /**
   * Types, and types again when a re-render of the form (after the previous field's validation) wiped the text
   * as it went in, as a person would on seeing the field empty.
   */
  async typeUntilKept(input, text, key) {
    for (let attempt = 1; ; attempt++) {
      await this.type(input, text);
      const shown = await input.inputValue();
      if (shown === text) return;
      if (attempt === 3) fail(`the field "${key}" shows "${shown}" after typing "${text}" three times`);
    }
  }

  /**
   * Clicks a radio button or checkbox until it has the wanted state. (Playwright's check() reads the state at
   * once, while form-js re-renders the input from its own state a moment after the click.)
   */
  async toggle(input, checked, key) {
    if ((await input.isChecked()) === checked) return;
    await input.click();
    for (let i = 0; i < 20 && (await input.isChecked()) !== checked; i++) {
      await this.page.waitForTimeout(100);
    }
    if ((await input.isChecked()) !== checked) {
      fail(`the field "${key}" of the form "${this.schema.id}" did not become ${checked ? 'checked' : 'unchecked'} when clicked`);
    }
  }

  optionIndex(c, value) {
    const index = (c.values || []).findIndex((v) => v.value === value);
    if (index < 0) {
      fail(`the field "${c.key}" of the form "${this.schema.id}" has no option "${value}" ` +
        `(options: ${(c.values || []).map((v) => v.value).join(', ') || 'none listed in the form'})`);
    }
    return index;
  }

  optionLabel(c, value) {
    return c.values[this.optionIndex(c, value)].label;
  }

  /** The text a field displays (read-only fields show the case's data). */
  async shown(key) {
    const c = this.component(key);
    switch (c.type) {
      case 'textfield':
      case 'textarea':
      case 'number':
        return (await this.byId(c.id)).inputValue();
      case 'datetime':
        return (await this.byId(`${c.id}-date`)).inputValue();
      default:
        return fail(`the e2e runner cannot read a "${c.type}" field yet ("${key}" in the form "${this.schema.id}")`);
    }
  }

  /** Fails unless each field shows its expected text (a string, compared exactly, or a RegExp). */
  async expectShown(expected) {
    for (const [key, want] of Object.entries(expected)) {
      let text = await this.shown(key);
      // Tasklist fills the fields from the process variables just after rendering the form.
      for (let i = 0; i < 20 && !matches(text, want); i++) {
        await this.page.waitForTimeout(150);
        text = await this.shown(key);
      }
      if (!matches(text, want)) {
        fail(`the field "${key}" of the form "${this.schema.id}" shows "${text}", expected ${want instanceof RegExp ? want : `"${want}"`}`);
      }
    }
  }

  /** The validation messages shown under a field (empty when there are none). */
  async errors(key) {
    const c = this.component(key);
    const box = await this.byId(`${c.id}-error-message`);
    if (!(await box.count()) || !(await box.isVisible())) return [];
    return (await box.locator('li').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  }
}

/** Remembers form schemas Tasklist fetches, so the runner knows the fields of the form on screen. */
export function watchForms(page) {
  const schemas = new Map();
  page.on('response', async (response) => {
    const url = response.url();
    const match = url.match(/\/(task|process-definition)\/([^/]+)\/deployed-(?:start-)?form/);
    if (match && response.ok()) {
      try {
        schemas.set(decodeURIComponent(match[2]), await response.json());
      } catch {
        // Not JSON (an embedded HTML form): the runner does not drive those.
      }
    }
  });
  return {
    async schemaFor(id) {
      const deadline = Date.now() + TIMEOUT;
      while (!schemas.has(id)) {
        if (Date.now() > deadline) fail(`Tasklist did not load a Camunda Form for ${id}`);
        await page.waitForTimeout(100);
      }
      return schemas.get(id);
    },
  };
}

/**
 * Opens "Start process", picks the process by the name Tasklist lists, and returns the rendered start form
 * together with the process definition id (from the start form request).
 */
export async function openStartForm(page, forms, processName, expectedFormId, startProcessLabel) {
  await page.locator('a, button', { hasText: startProcessLabel }).first().click();
  const dialog = page.locator('.modal-dialog');
  const link = dialog.locator('ul.processes a').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(processName)}\\s*$`) });
  await link.first().waitFor({ timeout: TIMEOUT })
    .catch(() => fail(`"${processName}" is not among the processes this user may start`));
  const formRequest = page.waitForRequest((r) => /\/process-definition\/[^/]+\/deployed-start-form/.test(r.url()),
    { timeout: TIMEOUT }).catch(() => fail(`the process "${processName}" has no Camunda start form`));
  await link.first().click();
  const definitionId = decodeURIComponent((await formRequest).url().match(/\/process-definition\/([^/]+)\//)[1]);
  const schema = await forms.schemaFor(definitionId);
  const form = new RenderedForm(page, dialog, schema, expectedFormId);
  await form.prefix();
  return { dialog, form, definitionId };
}

/** Submits the start form; resolves to the started process instance (id, businessKey). */
export async function submitStartForm(page, dialog, startLabel) {
  const submitted = page.waitForResponse((r) => r.request().method() === 'POST'
    && /\/process-definition\/[^/]+\/submit-form/.test(r.url()), { timeout: TIMEOUT });
  await dialog.locator('.modal-footer button.btn-primary', { hasText: startLabel }).click();
  const response = await submitted.catch(() => fail('the start form was not submitted'));
  if (!response.ok()) {
    fail(`starting the process was refused (${response.status()}): ${(await response.text()).slice(0, 500)}`);
  }
  return response.json();
}

/**
 * Tries to submit a form holding a wrong value and checks that the browser stopped it: either Tasklist has
 * already disabled the button (form-js reported the error while typing) or the click sends nothing.
 * Resolves to how it was stopped.
 */
export async function submitExpectingValidation(page, button, urlPart) {
  await page.waitForTimeout(300);
  if (await button.isDisabled()) {
    return 'button disabled';
  }
  let sent = false;
  const listener = (request) => {
    if (request.method() === 'POST' && request.url().includes(urlPart)) sent = true;
  };
  page.on('request', listener);
  await button.click();
  await page.waitForTimeout(1000);
  page.off('request', listener);
  if (sent) fail('the form was sent to the server although a field was invalid');
  return 'submit refused';
}

export async function openFilter(page, filterName) {
  const filter = page.locator('.task-filter h4.name a').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(filterName)}\\b`) });
  // The filters are rendered together, as soon as the first one is.
  await page.locator('.task-filter h4.name').first().waitFor({ timeout: TIMEOUT })
    .catch(() => fail(`Tasklist shows this user no filter at all (looking for "${filterName}")`));
  if (!(await filter.count())) {
    const names = (await page.locator('.task-filter h4.name').allInnerTexts()).map((n) => n.trim());
    fail(`the filter "${filterName}" is not in this user's Tasklist (filters shown: ${names.join(', ')})`);
  }
  await filter.first().click({ timeout: TIMEOUT });
  await page.locator('.task-filter.active h4.name', { hasText: filterName }).waitFor({ timeout: TIMEOUT });
}

/**
 * Opens a task from the current filter's list and returns its rendered form. The task must be on the list's
 * first page: Tasklist lists the newest first unless the user changed the sorting.
 */
export async function openTaskFromList(page, forms, taskId, taskName, expectedFormId, filterName) {
  const link = page.locator(`li.task h4.task a[href="#/?task=${taskId}"]`);
  await link.waitFor({ timeout: TIMEOUT }).catch(async () => {
    const listed = await page.locator('li.task').count();
    fail(`the task "${taskName}" (${taskId}) is not listed under "${filterName}" (${listed} tasks on the list's first `
      + 'page; on a long-used database older tasks due earlier can push it to the next page: start the app with '
      + '--slrt.embedded-db.clean=true)');
  });
  const shown = (await link.innerText()).trim();
  if (shown !== taskName) fail(`the list shows "${shown}" where "${taskName}" was expected`);
  await link.click();
  const card = page.locator('[cam-tasklist-task] section.task-card');
  await card.locator('h2.task', { hasText: taskName }).waitFor({ timeout: TIMEOUT });
  const schema = await forms.schemaFor(taskId);
  const form = new RenderedForm(page, card, schema, expectedFormId);
  await form.prefix();
  return { card, form };
}

export async function claim(page, card, claimLabel) {
  const button = card.locator('button.claim');
  await button.waitFor({ timeout: TIMEOUT }).catch(() => fail('the task has no claim button (already assigned?)'));
  const text = (await button.innerText()).trim();
  if (text !== claimLabel) fail(`the claim button reads "${text}", expected "${claimLabel}"`);
  await button.click();
  // Tasklist 7.24 shows no message for a successful claim: the user becomes the assignee, an unclaim button
  // appears and the form is enabled.
  await card.locator('[cam-tasklist-task-meta] li.assignee button.unclaim').waitFor({ timeout: TIMEOUT })
    .catch(() => fail('the task did not become assigned to the user after claiming'));
  await card.locator('.disabled-form').waitFor({ state: 'detached', timeout: TIMEOUT })
    .catch(() => fail('the form stayed disabled after claiming'));
}

/** Completes the task through the form's button and waits for the engine's answer. */
export async function complete(page, card, taskId, completeLabel) {
  const button = card.locator('.form-actions button.btn-primary');
  const text = (await button.innerText()).trim();
  if (text !== completeLabel) fail(`the complete button reads "${text}", expected "${completeLabel}"`);
  const submitted = page.waitForResponse((r) => r.request().method() === 'POST'
    && r.url().includes(`/task/${taskId}/submit-form`), { timeout: TIMEOUT });
  await button.click();
  const response = await submitted.catch(() => fail('the task form was not submitted'));
  if (!response.ok()) {
    fail(`completing the task was refused (${response.status()}): ${(await response.text()).slice(0, 500)}`);
  }
  // Tasklist 7.24 shows no message for a completed task either: the task leaves the list and the detail pane.
  await page.locator(`li.task h4.task a[href="#/?task=${taskId}"]`).waitFor({ state: 'detached', timeout: TIMEOUT })
    .catch(() => fail('the completed task stayed in the list'));
}

export function completeButton(card) {
  return card.locator('.form-actions button.btn-primary');
}

/** Waits until the page has rendered what the last event changed (two animation frames). */
export function settle(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

function matches(text, want) {
  return want instanceof RegExp ? want.test(text) : text === String(want);
}

function sameDisplayedDate(shown, typed) {
  const parts = (text) => text.split('/').map((part) => Number(part)).join('/');
  return shown === typed || (shown !== '' && parts(shown) === parts(typed));
}

/** '2026-11-26' -> '26/11/2026', the format form-js date fields accept (placeholder dd/mm/yyyy). */
export function isoDateToDisplay(iso) {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) fail(`a date value must be written YYYY-MM-DD, got "${iso}"`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

