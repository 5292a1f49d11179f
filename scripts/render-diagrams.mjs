// Renders every diagram in bpmn/ to docs/diagrams/<process key>.svg with bpmn-js in headless Chromium,
// for the README's pictures. Run after changing a diagram: `npm ci && node scripts/render-diagrams.mjs`.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const viewer = readFileSync(path.join(root, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const outDir = path.join(root, 'docs/diagrams');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="canvas" style="width:2400px;height:1600px"></div></body></html>');
  await page.addScriptTag({ content: viewer });
  const only = process.argv.slice(2);
  for (const file of readdirSync(path.join(root, 'bpmn')).filter(f => f.endsWith('.bpmn')).sort()) {
    const key = file.replace(/\.bpmn$/, '');
    if (only.length && !only.includes(key)) continue;
    const xml = readFileSync(path.join(root, 'bpmn', file), 'utf8');
    const svg = await page.evaluate(async (source) => {
      document.getElementById('canvas').innerHTML = '';
      const bpmn = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await bpmn.importXML(source);
      if (warnings.length) console.warn(warnings.map(w => w.message).join('\n'));
      const { svg } = await bpmn.saveSVG();
      bpmn.destroy();
      return svg;
    }, xml);
    writeFileSync(path.join(outDir, `${key}.svg`), svg);
    console.log(`docs/diagrams/${key}.svg`);
  }
} finally {
  await browser.close();
}
