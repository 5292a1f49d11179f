// SLRT Case Engine: Admin configuration. It replaces the webjar's own scripts/config.js (found first on the
// class path, see tasklist/scripts/config.js), whose settings are all commented out, so the webapp's defaults
// stay as they were; only the Indonesian locale is added. Admin picks the browser's first language when it is
// in availableLocales ("id-ID" -> "id"), otherwise fallbackLocale.
export default {
  locales: {
    availableLocales: ['en', 'id'],
    fallbackLocale: 'en'
  },

  // Single sign-on's log-out and login (/sso/webapp.js, served by the app; empty when single sign-on is off).
  customScripts: ['../slrt/admin-notice', '../../../sso/webapp']
};
