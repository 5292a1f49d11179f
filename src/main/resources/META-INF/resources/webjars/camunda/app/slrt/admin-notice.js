// SLRT Case Engine: Camunda's end-of-life banner ("time to migrate to Camunda 8") is a notice for the administrator,
// not for the caseworkers who work cases all day. Loaded through customScripts in every webapp's scripts/config.js
// (an ES module without a default export, so it adds no plugin): the banner stays hidden unless the logged-in user
// may open Admin, which only the camunda-admin group can (security/AccessModelInitializer). The way off Camunda 7 CE
// is in docs/upgrade.md.
const style = document.createElement('style');
style.textContent = '.ce-eol-banner { display: none !important; }';
document.head.appendChild(style);

const base = (document.querySelector('base') || {}).href || '/camunda/';
const root = base.replace(/\/app\/.*$/, '/');

// Asked at start and again when the route changes (the login page becomes the app without a page load).
function update() {
  fetch(root + 'api/admin/auth/user/default', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((answer) => (answer.ok ? answer.json() : null))
    .then((user) => {
      const admin = !!(user && Array.isArray(user.authorizedApps) && user.authorizedApps.includes('admin'));
      style.disabled = admin;
    })
    .catch(() => {});
}
update();
window.addEventListener('hashchange', update);
