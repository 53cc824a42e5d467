// Puts the results of scripts/bench.sh together: one Markdown table
// (native + wasm + peers), the sizes, the latency, and the project's targets
// (issue #6) met or missed.
//   node benches/node/report.mjs DIR    (DIR = target/bench: native.json, node.json, latency.json)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, seeds, expectedSpans, coverage } from './corpus.mjs';

const dir = path.resolve(process.argv[2] || path.join(ROOT, 'target', 'bench'));
const load = (f) => { const p = path.join(dir, f); return fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')) : null; };
const native = load('native.json');
const node = load('node.json');
const latency = load('latency.json');

const f = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toPrecision(2));
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(1)} ms`;

const expected = expectedSpans(seeds());
const EXP_ALL = expected.reduce((n, l) => n + l.length, 0);
const EXP_REQ = expected.reduce((n, l) => n + l.filter((e) => e.required).length, 0);
const figText = (c) => `${c.found} (${c.onTarget} on expected; covers ${c.covered}/${EXP_ALL}, ${c.coveredRequired}/${EXP_REQ} required)`;

const lines = [];
lines.push(`| library | what | MB/s on seeds (${kb(node?.seedBytes ?? native?.extract_seeds.bytes ?? 0)}), median (best) | MB/s on 1 MB, median (best) | figures found on seeds (expected ${EXP_ALL}, ${EXP_REQ} required) | factcheck speed ratio (seeds / 1 MB) |`);
lines.push('|---|---|---:|---:|---|---:|');
const ours = node?.results.find((r) => r.ours);
if (native) {
  const cov = coverage(native.seed_spans.map((s) => s.spans.map(([start, end]) => ({ start, end }))), expected);
  const vsWasm = ours ? `${f(native.extract_seeds.mbps / ours.seeds.mbps)}× / ${f(native.extract_1mb.mbps / ours.big.mbps)}× the wasm build` : '—';
  lines.push(`| **factcheck (native)** | extract, all figures (Rust, release) | ${f(native.extract_seeds.mbps)} (best ${f(native.extract_seeds.best_mbps)}) | ${f(native.extract_1mb.mbps)} (best ${f(native.extract_1mb.best_mbps)}) | ${figText(cov)} | ${vsWasm} |`);
}
if (node) {
  for (const r of node.results) {
    const big = r.big.skipped ? `not timed (≈${Math.round(r.big.projectedMs / 60e3)} min projected for 1 MB)` : `${f(r.big.mbps)} (best ${f(r.big.bestMbps)})${r.big.sliced ? `, **on a ${Math.round(r.big.bytes / 1024)} KB slice**` : ''}${r.big.runs < 3 ? ` (${r.big.runs} run)` : ''}`;
    const name = r.ours ? `**${r.lib}, Node ${node.node}**` : r.lib;
    const ratio = r.ours ? '1×' : `${f(r.ratio.seeds)}× / ${r.ratio.big === null ? '—' : `${f(r.ratio.big)}×`}`;
    const seedsNote = r.seeds.headToHead ? ' †' : r.seeds.runs < 3 ? ` (${r.seeds.runs} run after 1 warm-up)` : '';
    lines.push(`| ${name} | ${r.what} | ${f(r.seeds.mbps)} (best ${f(r.seeds.bestMbps)})${seedsNote} | ${big} | ${figText(r.figures)} | ${ratio}${r.seeds.headToHead && !r.ours ? ' †' : ''} |`);
  }
  if (node.results.some((r) => r.seeds.headToHead)) {
    lines.push('');
    lines.push('† Timed head to head: the rows so marked ran in alternating rounds of about 50 ms each (the median of the rounds is shown), and the ratio is the median of the ratios within each round, so that the machine\'s drifting speed falls on both alike.');
  }
}
console.log('## Results');
console.log();
console.log(lines.join('\n'));
console.log();
if (node) console.log(`Seeds: 4 articles, one call each; 1 MB: one call on ${node.corpusBytes.toLocaleString('en')} bytes (${node.corpusFrom}). "on expected": found spans overlapping a mention of seeds/expected.json; "covers": expected mentions overlapped by a found span. Peers' rows are what each library does, not all figures.`);
if (native) console.log(`Native reconcile: 4 seeds ${ms(native.reconcile_seeds.median_s * 1e3)}; 1,000 documents (${(native.reconcile_1000.bytes / 1e6).toFixed(1)} MB) ${native.reconcile_1000.median_s.toFixed(3)} s (best ${native.reconcile_1000.best_s.toFixed(3)} s).`);
if (node) for (const r of node.reconcile) console.log(`wasm in Node, ${r.what}: ${ms(r.ms)}.`);

// Sizes.
const wasmFile = path.join(ROOT, 'www', 'pkg', 'factcheck_bg.wasm');
let wasmGz = null;
console.log();
console.log('## Sizes');
console.log();
if (fs.existsSync(wasmFile)) {
  const data = fs.readFileSync(wasmFile);
  wasmGz = zlib.gzipSync(data, { level: 9 }).length;
  const br = zlib.brotliCompressSync(data).length;
  console.log(`www/pkg/factcheck_bg.wasm: ${data.length.toLocaleString('en')} bytes raw (${kb(data.length)}), ${wasmGz.toLocaleString('en')} gzipped -9 (${kb(wasmGz)}), ${kb(br)} brotli`);
}
if (latency?.downloads) {
  console.log();
  console.log('What the page downloads before its first result (as requested by Chromium; sizes on disk):');
  console.log();
  console.log('| file | raw | gzip -9 |');
  console.log('|---|---:|---:|');
  let raw = 0; let gz = 0; let sraw = 0; let sgz = 0;
  for (const d of latency.downloads) {
    console.log(`| ${d.path}${d.sample ? ' (sample text, after the button)' : ''} | ${kb(d.bytes)} | ${kb(d.gzip)} |`);
    if (d.sample) { sraw += d.bytes; sgz += d.gzip; } else { raw += d.bytes; gz += d.gzip; }
  }
  console.log(`| **total, page** | **${kb(raw)}** | **${kb(gz)}** |`);
  if (sraw) console.log(`| total, sample texts | ${kb(sraw)} | ${kb(sgz)} |`);
}

// Latency.
if (latency) {
  console.log();
  console.log(`## Browser latency (headless Chromium; ${latency.words.toLocaleString('en')}-word article, ${kb(latency.articleBytes)}; median (p90) of ${latency.runs} keystrokes)`);
  console.log();
  const fr = latency.firstResult;
  // Older latency.json files have only the DOM times.
  const painted = fr.firstHighlightsPaintedMs !== undefined ? `, painted ${ms(fr.firstHighlightsPaintedMs)}` : '';
  const facts = fr.firstFactsMs !== undefined ? `; facts panel in the DOM ${ms(fr.firstFactsMs)}, painted ${ms(fr.firstFactsPaintedMs)}` : '';
  console.log(`First result, from navigation start (median of ${fr.loads} fresh loads): engine ready ${ms(fr.engineReadyMs)}; sample reports highlighted in the DOM ${ms(fr.firstHighlightsMs)}${painted}${facts} (button pressed at DOMContentLoaded, ${ms(fr.domContentLoadedMs)}).`);
  if (fr.firstCheck) console.log(`The first check: started at ${ms(fr.firstCheck.startMs)}; the engine's first call ${ms(fr.firstCheck.engineMs)}; drawing the highlights ${ms(fr.firstCheck.renderMs)}.`);
  console.log();
  console.log('| scenario | keystroke → result in the DOM, with the page\'s wait | + next frame | without the wait: check starts → result in the DOM | + next frame | engine\'s share | page\'s share (drawing) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const c = (x) => (x ? `${ms(x.median)} (${ms(x.p90)})` : '—');
  for (const s of latency.keystroke) {
    const range = s.debounceRangeMs && s.debounceRangeMs[0] !== s.debounceRangeMs[1] ? ` (${s.debounceRangeMs[0]}–${s.debounceRangeMs[1]})` : '';
    console.log(`| ${s.name}${s.marksInReadingView ? ` (${s.marksInReadingView} marks)` : ''}, wait ${s.debounceMs} ms${range} | ${c(s.withDebounce)} | ${c(s.withDebounceNextFrame)} | ${c(s.noDebounce)} | ${c(s.noDebounceNextFrame)} | ${c(s.engineShare)} | ${c(s.pageShare)}${s.renderMs ? ` (${c(s.renderMs)})` : ''} |`);
  }
  const e = latency.engineInPage;
  console.log();
  console.log(`Engine alone in the page, ${latency.words.toLocaleString('en')} words: extract ${ms(e.extractMs)} (${f(e.mbps)} MB/s, ${e.mentions} mentions), reconcile ${ms(e.reconcileMs)}.`);
}

// Targets.
console.log();
console.log('## Targets (issue #6)');
console.log();
console.log('| target | measured | |');
console.log('|---|---|---|');
const row = (what, measured, ok, by) => console.log(`| ${what} | ${measured} | ${ok === null ? 'n/a' : ok ? 'met' : `**missed**${by ? ` (${by})` : ''}`} |`);
if (ours) {
  const m = Math.min(ours.seeds.mbps, ours.big.mbps);
  row('wasm extract in Node ≥ 30 MB/s', `${f(ours.seeds.mbps)} MB/s seeds, ${f(ours.big.mbps)} MB/s 1 MB`, m >= 30, `${f(30 / m)}× short`);
  const peers = node.results.filter((r) => !r.ours);
  const fastest = (k) => peers.filter((r) => !r[k].skipped).reduce((a, r) => (r[k].mbps > a[k].mbps ? r : a));
  const fs1 = fastest('seeds'); const fb = fastest('big');
  // The ratios the bench measured: on the seeds, head to head (alternating rounds).
  const rs = fs1.ratio?.seeds ?? ours.seeds.mbps / fs1.seeds.mbps; const rb = fb.ratio?.big ?? ours.big.mbps / fb.big.mbps;
  row('≥ 10× the fastest peer', `${f(rs)}× ${fs1.lib} (${fs1.what}) on seeds, ${f(rb)}× ${fb.lib} (${fb.what}) on 1 MB`, Math.min(rs, rb) >= 10, `${f(10 / Math.min(rs, rb))}× short`);
}
if (native) {
  const m = Math.min(native.extract_seeds.mbps, native.extract_1mb.mbps);
  row('native extract ≥ 80 MB/s', `${f(native.extract_seeds.mbps)} MB/s seeds, ${f(native.extract_1mb.mbps)} MB/s 1 MB`, m >= 80, `${f(80 / m)}× short`);
  const s = native.reconcile_1000.median_s;
  row('reconcile of 1,000 articles < 1 s (native)', `${s.toFixed(3)} s for ${(native.reconcile_1000.bytes / 1e6).toFixed(1)} MB`, s < 1, `${f(s)}× the limit`);
}
if (wasmGz !== null) row('.wasm ≤ 350 KB gzipped', kb(wasmGz), wasmGz <= 350 * 1024, `${kb(wasmGz - 350 * 1024)} over`);
if (latency) {
  // Judged on the highlights painted (the frame that shows them), where the file has it.
  const first = latency.firstResult;
  const fr = first.firstHighlightsPaintedMs ?? first.firstHighlightsMs;
  const what = first.firstHighlightsPaintedMs !== undefined ? `sample highlighted and painted; in the DOM ${ms(first.firstHighlightsMs)}` : 'sample highlighted, in the DOM';
  row('first result < 300 ms after page load', `${ms(fr)} (${what}; engine ready ${ms(first.engineReadyMs)})`, fr < 300, `${ms(fr - 300)} over`);
  // Judged with the page's own wait (its adaptive debounce), to the DOM.
  const k = latency.keystroke[0];
  row('keystroke → highlights < 16 ms, 5,000 words (with the page\'s wait, to the DOM)', `${ms(k.withDebounce.median)} with the page's ${k.debounceMs} ms wait; without it ${ms(k.noDebounce.median)}; to the next frame ${ms(k.withDebounceNextFrame.median)}`, k.withDebounce.median < 16, `${ms(k.withDebounce.median - 16)} over`);
}
