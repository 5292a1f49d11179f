// SLRT Case Engine: Tasklist configuration. It replaces the webjar's own scripts/config.js: the starter serves
// /camunda/app/** from classpath:/META-INF/resources/webjars/camunda/app/, and the application's copy is
// found first (target/classes precedes the dependency jars; in the executable jar Maven's repackaging leaves
// META-INF/ at the jar root, which the launcher's parent class loader sees before BOOT-INF/lib/). So this
// file keeps the webjar's settings (the keyboard shortcuts) and adds the Indonesian locale. Tasklist picks
// the browser's first language when it is in availableLocales ("id-ID" -> "id"), otherwise fallbackLocale.
export default {
  locales: {
    availableLocales: ['en', 'id'],
    fallbackLocale: 'en'
  },

  // Indonesian wording for the form viewer's hard-coded English validation messages (scripts/form-messages-id.js);
  // single sign-on's log-out and login (/sso/webapp.js, served by the app; empty when single sign-on is off);
  // the end-of-life notice for administrators only (../slrt/admin-notice.js); the task's "Dokumen" tab
  // (scripts/case-documents.js: the case's documents, checklist and upload link) and its "Surat resmi" tab
  // (scripts/letters-tab.js: the case's official letters).
  customScripts: ['scripts/form-messages-id', '../slrt/admin-notice', '../../../sso/webapp', 'scripts/case-documents',
    'scripts/letters-tab'],

  // The webjar's defaults, unchanged except for the descriptions (shown in the shortcut help, in Indonesian
  // because the office works in Indonesian).
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengambil tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'memindahkan fokus ke filter pertama dalam daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'memindahkan fokus ke tugas pertama dalam daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'memindahkan fokus ke kolom isian pertama pada formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka dialog untuk memulai proses'
    }
  }
};
