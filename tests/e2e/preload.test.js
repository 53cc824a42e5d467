// index.html asks for everything the first result needs from the start
// (<link rel=modulepreload|preload>): checks that the list is whole, since a
// file left out still works, only later.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, WWW } from './helpers.js';
import { writeSamples } from '../../scripts/samples.mjs';

const html = fs.readFileSync(path.join(WWW, 'index.html'), 'utf8');
const links = (rel) => [...html.matchAll(/<link ([^>]*)>/g)]
  .map((m) => m[1])
  .filter((attrs) => new RegExp(`rel="${rel}"`).test(attrs))
  .map((attrs) => ({ href: /href="([^"]+)"/.exec(attrs)[1], attrs }));

/** The modules app.js needs, following static imports (the engine's glue is imported dynamically, from fact-check.js). */
function staticImports(file, seen = new Set()) {
  const src = fs.readFileSync(path.join(WWW, file), 'utf8');
  for (const m of src.matchAll(/^import\s[^;]*?from\s+'\.\/([^']+)'/gms)) {
    if (!seen.has(m[1])) {
      seen.add(m[1]);
      staticImports(m[1], seen);
    }
  }
  return seen;
}

describe('index.html preloads', () => {
  it('every module of the page and the engine', () => {
    const modules = links('modulepreload').map((l) => l.href);
    for (const m of staticImports('app.js')) assert.ok(modules.includes(m), `<link rel="modulepreload" href="${m}"> is missing`);
    assert.ok(modules.includes('pkg/factcheck.js'), 'the engine glue is modulepreloaded');
    // The glue's own imports (wasm-bindgen's snippets: the JS that builds
    // the results' objects); their folder name changes with the crate's
    // version, so this says which line to update.
    const glue = fs.readFileSync(path.join(WWW, 'pkg', 'factcheck.js'), 'utf8');
    const snippets = [...glue.matchAll(/from '\.\/(snippets\/[^']+)'/g)].map((m) => `pkg/${m[1]}`);
    assert.ok(snippets.length > 0, 'the glue imports its snippets');
    for (const s of snippets) assert.ok(modules.includes(s), `<link rel="modulepreload" href="${s}"> is missing`);
    const wasm = links('preload').find((l) => l.href === 'pkg/factcheck_bg.wasm');
    assert.ok(wasm, 'the wasm is preloaded');
    // Only a preload with the same mode as fetch() is reused by it.
    assert.match(wasm.attrs, /as="fetch"/);
    assert.match(wasm.attrs, /crossorigin/);
  });

  it('the sample reports, in the one file the button reads, and nothing else from samples/', () => {
    const preloaded = links('preload').filter((l) => l.href.startsWith('samples/'));
    assert.deepEqual(preloaded.map((l) => l.href), ['samples/reports.json']);
    assert.match(preloaded[0].attrs, /as="fetch" crossorigin/, 'as="fetch" crossorigin, as fetch() asks');
    const app = fs.readFileSync(path.join(WWW, 'app.js'), 'utf8');
    assert.match(app, /fetch\('samples\/reports\.json'\)/, 'app.js reads the file that is preloaded');
  });

  it('every report samples/index.json lists, with its text from seeds/', () => {
    const index = JSON.parse(fs.readFileSync(path.join(WWW, 'samples', 'index.json'), 'utf8'));
    const bundle = JSON.parse(fs.readFileSync(writeSamples(ROOT), 'utf8'));
    assert.deepEqual(bundle.samples.map((s) => s.file), index.samples.map((s) => s.file));
    for (const s of bundle.samples) assert.equal(s.text, fs.readFileSync(path.join(ROOT, 'seeds', s.file), 'utf8'), s.file);
  });
});
