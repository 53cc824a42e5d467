// The benchmark inputs, as benches/common/mod.rs makes them (a port of it:
// keep the two in step). scripts/bench.sh writes the corpus with the Rust
// code (target/bench/corpus.txt) and bench.mjs prefers that file; this port
// is the fallback when running bench.mjs alone.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_BYTES = 1 << 20;

function readTxtDir(dir, recursive) {
  const files = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    let entries;
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (recursive && !e.name.startsWith('.') && e.name !== 'node_modules' && e.name !== 'artifacts') stack.push(p);
      } else if (e.name.endsWith('.txt')) {
        files.push([path.relative(ROOT, p), fs.readFileSync(p, 'utf8')]);
      }
    }
  }
  // Rust sorts (path, text) tuples by byte order of the path.
  files.sort((a, b) => Buffer.compare(Buffer.from(a[0]), Buffer.from(b[0])) || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return files;
}

/** The seed articles, [[file name, text]], sorted by name. */
export function seeds() {
  return readTxtDir(path.join(ROOT, 'seeds'), false).map(([p, t]) => [path.basename(p), t]);
}

export function articles() {
  return [...readTxtDir(path.join(ROOT, 'seeds'), false), ...readTxtDir(path.join(ROOT, 'tests'), true)];
}

/** Variant k of a text: see `variant` in benches/common/mod.rs. */
export function variant(text, k) {
  if (k === 0) return text;
  let run = 0;
  return text.replace(/[0-9]+/g, (digits) => {
    run += 1;
    const len = digits.length;
    if (len > 9) return digits;
    const v = Number(digits);
    if (v === 0) return digits; // 0, 00, 000: kept as they are
    const salt = k * 31 + run * 7;
    let nv;
    if (len === 4 && v >= 1900 && v <= 2100) nv = v - (k % 3);
    else if (len === 2 && digits.startsWith('0')) nv = ((v - 1 + salt) % 12) + 1;
    else if (len <= 2) nv = ((v - 1 + salt) % 28) + 1;
    else {
      const lo = 10 ** (len - 1);
      nv = lo + ((v + salt) % (9 * lo));
    }
    if (len === 2 && nv < 10 && digits.startsWith('0')) return String(nv).padStart(2, '0');
    return String(nv);
  });
}

export function corpus(minBytes = CORPUS_BYTES) {
  const arts = articles();
  let out = '';
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const text = variant(arts[i % arts.length][1], Math.floor(i / arts.length));
    if (out) { out += '\n\n'; bytes += 2; }
    out += text;
    bytes += Buffer.byteLength(text);
  }
  return out;
}

/** target/bench/corpus.txt (written by the Rust side) if present, else the port. */
export function loadCorpus() {
  const file = path.join(ROOT, 'target', 'bench', 'corpus.txt');
  if (fs.existsSync(file)) return { text: fs.readFileSync(file, 'utf8'), from: path.relative(ROOT, file) };
  return { text: corpus(), from: 'benches/node/corpus.mjs' };
}

/** n documents as benches/common/mod.rs `documents(n)` makes them. */
export function documents(n) {
  const arts = articles();
  return Array.from({ length: n }, (_, i) => {
    const [name, text] = arts[i % arts.length];
    const k = Math.floor(i / arts.length);
    return { id: `${k}:${name}`, text: variant(text, k) };
  });
}

/** The expected mentions of seeds/expected.json as spans [{start, end, required}] per seed (UTF-16). */
export function expectedSpans(seedList = seeds()) {
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'seeds', 'expected.json'), 'utf8'));
  return seedList.map(([name, text]) => {
    let from = 0;
    return (expected.mentions[name] || []).map((m) => {
      let at = text.indexOf(m.text, from);
      if (at < 0) at = text.indexOf(m.text);
      if (at >= 0) from = at + 1;
      return { start: at, end: at < 0 ? -1 : at + m.text.length, required: m.required !== false };
    });
  });
}

/**
 * How a tool's spans on the seeds compare with the expected mentions: spans
 * found (overlapping spans merged), how many of them overlap an expected
 * mention, and how many expected mentions (and required ones) they cover.
 */
export function coverage(spansPerSeed, expected) {
  let found = 0;
  let covered = 0;
  let coveredRequired = 0;
  let onTarget = 0;
  spansPerSeed.forEach((raw, i) => {
    const spans = raw.filter((s) => Number.isFinite(s.start) && s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ ...s });
    }
    found += merged.length;
    const exp = expected[i].filter((e) => e.start >= 0);
    const overlaps = (a, b) => a.start < b.end && b.start < a.end;
    for (const e of exp) if (merged.some((s) => overlaps(s, e))) { covered++; if (e.required) coveredRequired++; }
    for (const s of merged) if (exp.some((e) => overlaps(s, e))) onTarget++;
  });
  return { found, covered, coveredRequired, onTarget };
}
