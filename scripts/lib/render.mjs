// Renders BPMN diagrams to SVG with bpmn-js (the viewer bundle of the root package.json) in headless Chromium,
// as Camunda Modeler draws them. Used by scripts/render-diagrams.mjs (the README's pictures) and by the picture
// check of scripts/check-models.mjs.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * bpmn-js gives each arrow marker a random id (marker-<random>); everything else of its SVG is the same from
 * one run to the next (text is laid out with the fonts Chromium finds, so render on a machine like CI's: Debian
 * and its chromium package). Markers are renumbered in order of appearance so that equal diagrams give equal
 * files; applying this twice changes nothing.
 */
export function normaliseSvg(svg) {
  const ids = new Map();
  for (const [, id] of svg.matchAll(/<marker id="([^"]+)"/g)) {
    if (!ids.has(id)) ids.set(id, `marker-${ids.size + 1}`);
  }
  return svg.replace(/#([A-Za-z][\w-]*)|id="([^"]+)"/g, (whole, ref, id) => {
    if (ref !== undefined) return ids.has(ref) ? `#${ids.get(ref)}` : whole;
    return ids.has(id) ? `id="${ids.get(id)}"` : whole;
  });
}

/** The SVG of every .bpmn in bpmnDir (or of the process keys in `only`), as a map from file name to SVG. */
export async function renderDiagrams(bpmnDir, only = []) {
  const viewer = readFileSync(path.join(root, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const pictures = new Map();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><div id="canvas" style="width:2400px;height:1600px"></div></body></html>');
    await page.addScriptTag({ content: viewer });
    for (const file of readdirSync(bpmnDir).filter(f => f.endsWith('.bpmn')).sort()) {
      const key = file.replace(/\.bpmn$/, '');
      if (only.length && !only.includes(key)) continue;
      const xml = readFileSync(path.join(bpmnDir, file), 'utf8');
      const { svg, warnings } = await page.evaluate(async (source) => {
        document.getElementById('canvas').innerHTML = '';
        const bpmn = new window.BpmnJS({ container: '#canvas' });
        const { warnings } = await bpmn.importXML(source);
        const { svg } = await bpmn.saveSVG();
        bpmn.destroy();
        return { svg, warnings: warnings.map(w => w.message) };
      }, xml);
      if (warnings.length) console.warn(`${file}: ${warnings.join('\n')}`);
      pictures.set(`${key}.svg`, normaliseSvg(svg));
    }
  } finally {
    await browser.close();
  }
  return pictures;
}
