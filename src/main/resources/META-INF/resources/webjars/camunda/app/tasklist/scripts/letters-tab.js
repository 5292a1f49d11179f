// SLRT Case Engine: a "Surat resmi" tab beside the task form in Tasklist (plugin point tasklist.task.detail).
// It links to the letters of the task's case (/app/tasks/{taskId}/surat answers with the case's letter list,
// where each letter prints or downloads); the page checks access as the case page does and audits the read.
export default [
  {
    id: 'slrt-letters-tab',
    pluginPoint: 'tasklist.task.detail',
    priority: 5,
    properties: { label: 'Surat resmi' },
    render: (node, { taskId }) => {
      const href = '/app/tasks/' + encodeURIComponent(taskId) + '/surat';
      node.innerHTML = '<div style="padding: 12px">'
        + '<p>Surat resmi kasus ini (berita acara, surat rujukan, jawaban pengaduan) dapat dicetak atau diunduh dari '
        + 'daftar surat kasus.</p>'
        + '<p><a class="btn btn-default" id="slrt-letters-link" target="_blank" rel="noopener" href="' + href + '">'
        + 'Buka daftar surat resmi</a></p></div>';
    }
  }
];
