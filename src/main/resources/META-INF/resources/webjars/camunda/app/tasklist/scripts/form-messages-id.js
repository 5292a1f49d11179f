// SLRT Case Engine: Indonesian wording for the Camunda Forms (form-js) viewer inside Tasklist.
//
// Tasklist's own texts come from locales/id.json, but the form viewer bundled in lib/deps.js has its
// validation messages and a few placeholders hard-coded in English ("Field is required.", "Select").
// Loaded through customScripts in scripts/config.js (an ES module without a default export, so it adds no
// plugin), this script rewrites those texts in the page when Tasklist runs in Indonesian, i.e. when the
// browser's first language is Indonesian, the same rule Tasklist uses to pick locales/id.json.
// The viewer renders with Preact, which only rewrites a text node when its own text changes, so a rewritten
// node stays rewritten and a new message is rewritten as soon as it appears.

const language = (() => {
  const nav = window.navigator;
  const first = (Array.isArray(nav.languages) ? nav.languages[0] : nav.language) || '';
  return first.split('-')[0].toLowerCase();
})();

// English message of form-js -> Indonesian; the captured parts (numbers, patterns) are kept as they are.
const MESSAGES = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must match pattern (.+)\.$/, (m) => `Isian tidak sesuai format yang ditentukan (pola ${m[1]}).`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Isian paling sedikit ${m[1]} karakter.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Isian paling banyak ${m[1]} karakter.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Nilai paling kecil ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Nilai paling besar ${m[1]}.`],
  [/^Value is not a number\.$/, () => 'Nilai harus berupa angka.'],
  [/^Value is expected to be an integer\.$/, () => 'Nilai harus berupa bilangan bulat.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Nilai paling banyak ${m[1]} angka di belakang koma.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Pilih nilai yang sah; dua nilai sah terdekat adalah ${m[1]} dan ${m[2]}.`],
  [/^Field must be a valid +international phone number\. \(e\.g\. (.+)\)$/,
    (m) => `Isian harus berupa nomor telepon internasional yang sah (misalnya ${m[1]}).`],
  [/^Field must be a valid email\.$/, () => 'Isian harus berupa alamat email yang sah.'],
  [/^Date must be in the format (.+)$/, (m) => `Tanggal harus berformat ${m[1]}`],
  [/^Time must match pattern (.+)$/, (m) => `Waktu harus berpola ${m[1]}`],
];

// Short texts of the viewer's own controls, matched exactly.
const CONTROLS = new Map([
  ['Select', 'Pilih'],
  ['Search', 'Cari'],
  ['No results', 'Tidak ada hasil'],
  ['All values selected', 'Semua nilai sudah dipilih'],
]);

export function translate(text) {
  const trimmed = text.trim();
  if (CONTROLS.has(trimmed)) {
    return text.replace(trimmed, CONTROLS.get(trimmed));
  }
  for (const [pattern, render] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, render(match));
    }
  }
  return null;
}

function inFormViewer(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest('.fjs-container'));
}

function translateNode(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    if (inFormViewer(node)) {
      const translated = translate(node.data);
      if (translated !== null && translated !== node.data) {
        node.data = translated;
      }
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (node.matches('.fjs-container input[placeholder], .fjs-container textarea[placeholder]')) {
    const translated = translate(node.getAttribute('placeholder'));
    if (translated !== null) {
      node.setAttribute('placeholder', translated);
    }
  }
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    translateNode(text);
  }
  node.querySelectorAll('.fjs-container [placeholder]').forEach((input) => {
    const translated = translate(input.getAttribute('placeholder'));
    if (translated !== null) {
      input.setAttribute('placeholder', translated);
    }
  });
}

if (language === 'id' && typeof MutationObserver !== 'undefined') {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateNode(mutation.target);
      } else if (mutation.type === 'attributes') {
        translateNode(mutation.target);
      } else {
        mutation.addedNodes.forEach(translateNode);
      }
    }
  });
  observer.observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['placeholder'],
  });
  translateNode(document.body);
}
