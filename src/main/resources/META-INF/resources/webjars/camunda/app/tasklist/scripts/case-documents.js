// SLRT Case Engine: the "Dokumen" tab on a task in Tasklist (plugin point tasklist.task.detail). It shows the
// documents attached to the task's case, the checklist of what the case's stage requires, download links, and
// the way to the case page's upload form (which remembers the task). Data from GET /app/tasks/{taskId}/documents,
// served by the application with the Tasklist session; access, audit and requirements are decided there.
// Loaded through customScripts in scripts/config.js; every value is inserted as text, never as HTML.

const base = (() => {
  const at = window.location.pathname.indexOf('/camunda/');
  return at > 0 ? window.location.pathname.substring(0, at) : '';
})();

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
  children.filter((c) => c !== null && c !== undefined).forEach((c) =>
    node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
}

function kilobytes(bytes) {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('id-ID')} KB`;
}

async function render(node, taskId) {
  node.replaceChildren(element('p', {}, 'Memuat dokumen...'));
  let answer;
  try {
    const response = await fetch(`${base}/app/tasks/${encodeURIComponent(taskId)}/documents`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      node.replaceChildren(element('p', { class: 'slrt-documents-error' },
        response.status === 404 ? 'Dokumen kasus ini tidak dapat ditampilkan untuk Anda.'
          : `Dokumen tidak dapat dimuat (HTTP ${response.status}).`));
      return;
    }
    answer = await response.json();
  } catch (e) {
    node.replaceChildren(element('p', { class: 'slrt-documents-error' }, 'Dokumen tidak dapat dimuat.'));
    return;
  }
  const caseUrl = base + answer.caseUrl;
  const children = [];
  if (answer.requirements.length) {
    children.push(element('h4', {}, 'Persyaratan dokumen tahap ini'));
    children.push(element('ul', { class: 'slrt-requirements' }, ...answer.requirements.map((r) =>
      element('li', { 'data-kind': r.kind, class: r.attached ? 'attached' : 'missing' },
        `${r.attached ? '\u2713' : '\u2717'} ${r.label}${r.attached ? '' : ' (belum dilampirkan)'}`))));
  }
  const current = answer.documents.filter((d) => !d.removedAt && !d.erasedAt);
  if (current.length) {
    const rows = current.map((d) => element('tr', { 'data-kind': d.kind },
      element('td', {}, d.kindLabel),
      element('td', {}, element('a', {
        class: 'slrt-document-link',
        href: `${caseUrl}/documents/${d.id}`,
        download: d.fileName
      }, d.fileName)),
      element('td', {}, kilobytes(d.sizeBytes)),
      element('td', {}, d.addedBy)));
    children.push(element('table', { class: 'table table-condensed slrt-documents' },
      element('thead', {}, element('tr', {}, element('th', {}, 'Jenis'), element('th', {}, 'Berkas'),
        element('th', {}, 'Ukuran'), element('th', {}, 'Oleh'))),
      element('tbody', {}, ...rows)));
  } else {
    children.push(element('p', { class: 'slrt-no-documents' }, 'Belum ada dokumen pada kasus ini.'));
  }
  children.push(element('p', {},
    element('a', { class: 'btn btn-default slrt-upload-link', href: base + answer.uploadUrl, target: '_blank',
      rel: 'noopener' }, `Unggah dokumen di berkas kasus ${answer.registrationNumber}`)));
  node.replaceChildren(element('div', { class: 'slrt-task-documents' }, ...children));
}

export default {
  id: 'slrt.task.documents',
  pluginPoint: 'tasklist.task.detail',
  priority: 5,
  render: (node, { taskId }) => {
    render(node, taskId);
  },
  properties: {
    label: 'Dokumen'
  }
};
