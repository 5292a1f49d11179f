// Renders every diagram in bpmn/ to docs/diagrams/<process key>.svg with bpmn-js in headless Chromium,
// for the README's pictures. Run after changing a diagram: `npm ci && node scripts/render-diagrams.mjs`
// (optionally with process keys to render only those, and `--out DIR` to write elsewhere).
// `node scripts/check-models.mjs` checks in CI that the committed pictures are what this renders.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderDiagrams, root } from './lib/render.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? path.resolve(args[outAt + 1]) : path.join(root, 'docs/diagrams');
const only = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
mkdirSync(outDir, { recursive: true });
for (const [file, svg] of await renderDiagrams(path.join(root, 'bpmn'), only)) {
  writeFileSync(path.join(outDir, file), svg);
  console.log(path.relative(process.cwd(), path.join(outDir, file)));
}
