// Compares two wasm builds of factcheck head to head on the seed articles.
//
//   wasm-pack build --release --target nodejs --out-dir /tmp/a   (the old engine)
//   wasm-pack build --release --target nodejs --out-dir /tmp/b   (the new one)
//   node benches/node/ab.mjs /tmp/a /tmp/b [rounds]
//
// A shared machine's speed drifts by tens of percent over minutes, more
// than most changes gain, so the two builds are timed in alternating rounds
// of about 40 ms each (the order flips every round) and compared within
// each round: the result is the median of the per-round ratios, with its
// quartiles. Run A against A to see the noise floor.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { seeds as readSeeds } from './corpus.mjs';

const require = createRequire(import.meta.url);
const [dirA, dirB, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node benches/node/ab.mjs PKG_A PKG_B [rounds]   (wasm-pack --target nodejs output folders)');
  process.exit(2);
}
const load = (dir) => {
  const file = path.resolve(dir, 'factcheck.js');
  if (!fs.existsSync(file)) {
    console.error(`ab.mjs: no factcheck.js in ${dir}`);
    process.exit(2);
  }
  return require(file);
};
const [a, b] = [load(dirA), load(dirB)];
const rounds = Number(roundsArg ?? 60);
const texts = readSeeds().map(([, t]) => t);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

// One pass as bench.mjs times it: every seed, and the spans read back.
const pass = (fc) => {
  let n = 0;
  for (const t of texts) n += fc.extract(t, null).map((m) => ({ start: m.start, end: m.end })).length;
  return n;
};
if (pass(a) !== pass(b)) console.warn('ab.mjs: the two builds find different numbers of figures');

// Warm-up: V8 tiers both up in the background for a while.
for (const fc of [a, b, a, b]) {
  const t0 = performance.now();
  while (performance.now() - t0 < 1000) pass(fc);
}
const perPass = (() => {
  const t0 = performance.now();
  pass(a);
  return performance.now() - t0;
})();
const batch = Math.max(1, Math.round(40 / Math.max(perPass, 0.01)));
const time = (fc) => {
  const t0 = performance.now();
  for (let k = 0; k < batch; k++) pass(fc);
  return (performance.now() - t0) / batch;
};
const ta = [];
const tb = [];
for (let r = 0; r < rounds; r++) {
  if (r % 2) {
    tb.push(time(b));
    ta.push(time(a));
  } else {
    ta.push(time(a));
    tb.push(time(b));
  }
}
const sorted = (xs) => [...xs].sort((x, y) => x - y);
const quantile = (xs, q) => sorted(xs)[Math.floor(q * (xs.length - 1))];
const ratios = ta.map((t, r) => t / tb[r]);
const mbps = (ms) => (bytes / 1e6 / (ms / 1e3)).toFixed(1);
console.log(`A ${mbps(quantile(ta, 0.5))} MB/s, B ${mbps(quantile(tb, 0.5))} MB/s (medians of ${rounds} rounds)`);
console.log(`B is ${quantile(ratios, 0.5).toFixed(3)}× as fast as A (per-round ratios: quartiles ${quantile(ratios, 0.25).toFixed(3)} to ${quantile(ratios, 0.75).toFixed(3)})`);
