// Writes www/samples/reports.json: the page's sample reports (the list in
// www/samples/index.json, with each report's text from seeds/) in one file,
// so that "Load the sample reports" is one request, not one per report: on
// the page's first load that request competes with the engine's files, and
// each extra one held the first result back (issue #6).
//
//   node scripts/samples.mjs        (scripts/build-www.sh runs it)
//
// Also imported by the end-to-end tests' server (tests/e2e/helpers.js), so
// that a test run never serves stale samples.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Builds the bundle and writes it when it changed. Returns its path.
 * Fails with the file to fix when the list names a report seeds/ lacks.
 */
export function writeSamples(root = ROOT) {
  const dir = path.join(root, 'www', 'samples');
  const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
  const samples = index.samples.map((s) => {
    const file = path.join(root, 'seeds', s.file);
    if (!fs.existsSync(file)) throw new Error(`www/samples/index.json lists ${s.file}, which is not in seeds/`);
    return { ...s, text: fs.readFileSync(file, 'utf8') };
  });
  const out = path.join(dir, 'reports.json');
  const json = `${JSON.stringify({ samples })}\n`;
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== json) fs.writeFileSync(out, json);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = writeSamples();
  console.log(`[samples] ${path.relative(ROOT, out)}: ${fs.statSync(out).size} bytes`);
}
