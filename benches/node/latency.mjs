// Browser latency (issue #6), in headless Chromium (Debian's, via playwright-core):
//
//  1. first result: navigation start -> engine ready, and -> first highlights
//     of the sample reports (the "Load the sample reports" button pressed at
//     DOMContentLoaded, as a person arriving on the page would): the first
//     <mark> of a report in the DOM (a MutationObserver), and that frame
//     painted (the next requestAnimationFrame, then a task after it: the
//     frame's style, layout and paint are done by then); and the same for the
//     first fact in the facts panel (the page draws the panel of a first
//     result in the frame after the highlights).
//  2. keystroke -> updated result for a 5,000-word article typed into a
//     report's textarea: from the keydown (page clock) to the end of the task
//     that re-rendered the page (MutationObserver on that report's stats,
//     which render() rewrites with every new result) and to the next frame;
//     reported with the page's wait before checking (its adaptive debounce:
//     the delay of the timer the page starts while handling the `input`
//     event) and without it (from the moment that timer fires). Scenario
//     "+ highlights" has a second 5,000-word report open in reading mode,
//     whose highlights are updated with every result. Each keystroke is also
//     split into the engine's share and the page's own, from the page's
//     performance.measure entries (factcheck:engine: the reconcile call;
//     factcheck:render: drawing the result): page share = timer fired ->
//     result in the DOM, minus the engine's call.
//  3. the engine's own time on the 5,000-word text, in the page:
//     performance.now() around extract() and reconcile() of the wasm glue.
//
//   node benches/node/latency.mjs [--json FILE] [--runs N]
// Needs www/pkg (scripts/build-www.sh) and the page's npm packages (playwright-core).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../../tests/e2e/helpers.js';
import { ROOT, loadCorpus } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Number(opt('--runs', 15));
const LOADS = Number(opt('--loads', 5));
const JSON_OUT = opt('--json', null);
const CHROMIUM = process.env.CHROME || '/usr/bin/chromium';
const WORDS = 5000;

for (const f of ['factcheck.js', 'factcheck_bg.wasm']) {
  if (!fs.existsSync(path.join(ROOT, 'www', 'pkg', f))) {
    console.error(`www/pkg/${f} is missing: run scripts/build-www.sh first`);
    process.exit(2);
  }
}

/** The first `n` words of `text` (cut after the n-th word). */
function words(text, n, skip = 0) {
  const re = /\S+/g;
  let m;
  let count = 0;
  let start = -1;
  while ((m = re.exec(text))) {
    if (count === skip) start = m.index;
    count++;
    if (count === skip + n) return text.slice(start, m.index + m[0].length);
  }
  throw new Error(`text has fewer than ${skip + n} words`);
}

const corpus = loadCorpus().text;
const article = words(corpus, WORDS);
const otherArticle = words(corpus, WORDS, WORDS);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };

// Recorders installed before the page's scripts run.
function initScript() {
  const w = window;
  w.__lat = { inInput: false, debounceFired: 0, debounceDelay: null, keydown: 0 };
  // The timer the page starts while handling an `input` event is its debounce:
  // note when it fires.
  const realSetTimeout = w.setTimeout.bind(w);
  w.setTimeout = function (fn, delay, ...rest) {
    if (w.__lat.inInput && typeof fn === 'function') {
      w.__lat.debounceDelay = delay || 0;
      const wrapped = (...a) => { w.__lat.debounceFired = performance.now(); return fn(...a); };
      return realSetTimeout(wrapped, delay, ...rest);
    }
    return realSetTimeout(fn, delay, ...rest);
  };
  // (Cleared by a task, not a microtask: microtasks run between listeners.)
  document.addEventListener('input', () => { w.__lat.inInput = true; realSetTimeout(() => { w.__lat.inInput = false; }, 0); }, true);
  document.addEventListener('keydown', () => { w.__lat.keydown = performance.now(); }, true);
  // First-result probes.
  w.__first = { engineReady: 0, firstMark: 0, firstMarkPainted: 0, firstFact: 0, firstFactPainted: 0 };
  const afterFrame = (fn) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = fn;
    ch.port2.postMessage(0);
  });
  const mo = new MutationObserver(() => {
    if (!w.__first.engineReady && document.documentElement.dataset.engine === 'ready') { w.__first.engineReady = performance.now(); announce(); }
    if (!w.__first.firstMark && document.querySelector('#source-list mark.hl')) {
      w.__first.firstMark = performance.now();
      afterFrame(() => { w.__first.firstMarkPainted = performance.now(); announce(); });
    }
    if (!w.__first.firstFact && document.querySelector('#fact-list li.fact')) {
      w.__first.firstFact = performance.now();
      afterFrame(() => { w.__first.firstFactPainted = performance.now(); announce(); });
    }
    if (w.__first.engineReady && w.__first.firstMark && w.__first.firstFact) mo.disconnect();
  });
  // Tells the benchmark that the first result is in (see firstResultDone).
  const announce = () => {
    if (w.__first.engineReady && w.__first.firstMarkPainted && w.__first.firstFactPainted) console.debug('factcheck-latency: first result');
  };
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-engine'] });
  if (new URLSearchParams(location.search).has('autosample')) {
    document.addEventListener('DOMContentLoaded', () => document.getElementById('load-samples')?.click());
  }
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-latency-'));
const server = await startServer();
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1360, height: 900 },
});
const out = { words: WORDS, articleBytes: Buffer.byteLength(article), runs: RUNS };
try {
  await context.addInitScript(initScript);

  // 1. First result after page load (fresh page each time; the server sends no-store).
  const loads = [];
  let downloads = null;
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    const requested = [];
    page.on('request', (req) => requested.push(req.url()));
    // Not page.waitForFunction: Playwright would inject its own script into
    // the page to poll, and compiling it (10-30 ms) would land in the middle
    // of what is measured. A console message from the init script instead.
    const firstResultDone = page.waitForEvent('console', { predicate: (m) => m.text() === 'factcheck-latency: first result', timeout: 30_000 });
    await page.goto(`${server.url}/?autosample`);
    await firstResultDone;
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      // The page's own measures of its first check (it keeps the latest of each).
      const engine = performance.getEntriesByName('factcheck:engine', 'measure').at(-1);
      const render = performance.getEntriesByName('factcheck:render', 'measure').at(-1);
      return {
        ...window.__first, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
        checkStart: engine ? engine.startTime : null, checkEngine: engine ? engine.duration : null, checkRender: render ? render.duration : null,
      };
    });
    loads.push(r);
    if (!downloads) downloads = [...new Set(requested)];
    await page.close();
  }
  // What the page downloaded before its first result (sizes from disk).
  out.downloads = downloads.map((u) => {
    let rel = decodeURIComponent(new URL(u).pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(ROOT, 'www', rel);
    const data = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
    return { path: rel.slice(1), bytes: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length, sample: rel.startsWith('/samples/') };
  });
  out.firstResult = {
    loads: LOADS,
    engineReadyMs: median(loads.map((l) => l.engineReady)),
    firstHighlightsMs: median(loads.map((l) => l.firstMark)),
    firstHighlightsPaintedMs: median(loads.map((l) => l.firstMarkPainted)),
    firstFactsMs: median(loads.map((l) => l.firstFact)),
    firstFactsPaintedMs: median(loads.map((l) => l.firstFactPainted)),
    domContentLoadedMs: median(loads.map((l) => l.domContentLoaded)),
    // The first check, as the page measures it: when it called the engine, the
    // engine's call (its first: V8 compiles the wasm code as it is first run),
    // and drawing the highlights.
    firstCheck: loads[0].checkStart === null ? null : {
      startMs: median(loads.map((l) => l.checkStart)),
      engineMs: median(loads.map((l) => l.checkEngine)),
      renderMs: median(loads.map((l) => l.checkRender)),
    },
    loadEventMs: median(loads.map((l) => l.load)),
  };

  // 2. Keystroke -> updated result.
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 30_000 });

  // Waits for the result of the next analysis of report `idx` (its stats are
  // rewritten by render() after every result), then for the next frame.
  const armResult = (idx) => page.evaluate((i) => {
    const stats = document.querySelectorAll('#source-list .source')[i].querySelector('.source-stats');
    window.__lat.done = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (/updating|Checking/.test(stats.textContent)) return;
        const t1 = performance.now();
        mo.disconnect();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve({ t1, t2: performance.now() });
          ch.port2.postMessage(0);
        });
      });
      mo.observe(stats, { childList: true, characterData: true, subtree: true });
    });
  }, idx);
  const waitResult = () => page.evaluate(async () => {
    const r = await window.__lat.done;
    const t0 = window.__lat.keydown;
    // The page's own measures of this check (it keeps only the latest of each).
    const m = (name) => {
      const e = performance.getEntriesByName(name, 'measure').at(-1);
      return e && e.startTime >= t0 ? e.duration : null;
    };
    // When the check starts in the input event itself (no timer: the page's
    // wait was 0), the page's factcheck:wait measure says when it started.
    const wait = performance.getEntriesByName('factcheck:wait', 'measure').at(-1);
    const own = wait && wait.startTime >= t0 ? wait : null;
    const timer = window.__lat.debounceFired >= t0;
    return {
      ...r, t0,
      fired: timer ? window.__lat.debounceFired : own ? own.startTime + own.duration : 0,
      delay: timer ? window.__lat.debounceDelay : own ? own.detail.delayMs : null,
      engine: m('factcheck:engine'), render: m('factcheck:render'),
    };
  });

  async function scenario(name, withReading) {
    const ta = page.locator('#source-list .source').nth(0).locator('textarea');
    await armResult(0);
    await ta.fill(article);
    await page.evaluate(() => window.__lat.done);
    if (withReading && (await page.locator('#source-list .source').count()) < 2) {
      await page.click('#add-source');
      const second = page.locator('#source-list .source').nth(1);
      await armResult(1);
      await second.locator('textarea').fill(otherArticle);
      await page.evaluate(() => window.__lat.done);
      await second.locator('.mode-toggle').click(); // Done: reading mode, with highlights
      await page.waitForFunction(() => document.querySelectorAll('#source-list .source')[1].querySelectorAll('mark.hl').length > 0);
    }
    // Caret in the middle of the article, just after a digit when there is one.
    const caret = (() => { const mid = Math.floor(article.length / 2); const d = article.slice(mid).search(/\d/); return d >= 0 ? mid + d + 1 : mid; })();
    await ta.focus();
    await ta.evaluate((el, c) => el.setSelectionRange(c, c), caret);
    const rows = [];
    for (let i = 0; i < RUNS + 2; i++) {
      await armResult(0);
      await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace');
      const r = await waitResult();
      if (i >= 2) rows.push(r); // the first two are warm-up
    }
    const marks = withReading ? await page.evaluate(() => document.querySelectorAll('#source-list .source')[1].querySelectorAll('mark.hl').length) : 0;
    const withDebounce = rows.map((r) => r.t1 - r.t0);
    const withDebounceFrame = rows.map((r) => r.t2 - r.t0);
    const noDebounce = rows.map((r) => r.t1 - (r.fired || r.t0));
    const noDebounceFrame = rows.map((r) => r.t2 - (r.fired || r.t0));
    const split = rows.filter((r) => r.engine !== null);
    const engineMs = split.map((r) => r.engine);
    const pageMs = split.map((r) => r.t1 - (r.fired || r.t0) - r.engine);
    const renderMs = split.filter((r) => r.render !== null).map((r) => r.render);
    const delays = rows.map((r) => r.delay).filter((d) => d !== null);
    return {
      // debounceMs: the median of the page's waits (adaptive: see www/check-delay.js); debounceRangeMs: [min, max].
      name, debounceMs: delays.length ? median(delays) : null, debounceRangeMs: delays.length ? [Math.min(...delays), Math.max(...delays)] : null, marksInReadingView: marks,
      engineShare: split.length ? { median: median(engineMs), p90: pct(engineMs, 0.9) } : null,
      pageShare: split.length ? { median: median(pageMs), p90: pct(pageMs, 0.9) } : null,
      renderMs: renderMs.length ? { median: median(renderMs), p90: pct(renderMs, 0.9) } : null,
      withDebounce: { median: median(withDebounce), p90: pct(withDebounce, 0.9) },
      withDebounceNextFrame: { median: median(withDebounceFrame), p90: pct(withDebounceFrame, 0.9) },
      noDebounce: { median: median(noDebounce), p90: pct(noDebounce, 0.9) },
      noDebounceNextFrame: { median: median(noDebounceFrame), p90: pct(noDebounceFrame, 0.9) },
    };
  }
  out.keystroke = [await scenario('5,000-word report being edited', false), await scenario('+ a second 5,000-word report showing highlights', true)];

  // 3. The engine's own time in the page (the same wasm the page loads).
  out.engineInPage = await page.evaluate(async ({ text, runs }) => {
    const glue = await import('/pkg/factcheck.js');
    await glue.default();
    const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
    // Warm-up ~1 s (V8 tiers the wasm up in the background), then the median of `runs`.
    const time = (fn) => { const w = performance.now(); while (performance.now() - w < 1000) fn(); const t = []; for (let i = 0; i < runs; i++) { const a = performance.now(); fn(); t.push(performance.now() - a); } return med(t); };
    const extractMs = time(() => glue.extract(text, null));
    const reconcileMs = time(() => glue.reconcile([{ id: 'a', text }], null));
    const mentions = glue.extract(text, null).length;
    return { extractMs, reconcileMs, mentions };
  }, { text: article, runs: RUNS });
  out.engineInPage.mbps = out.articleBytes / 1e6 / (out.engineInPage.extractMs / 1e3);
  await page.close();
} finally {
  await context.close();
  await server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify(out, null, 2));
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`### Browser latency (headless Chromium, ${WORDS.toLocaleString('en')}-word article = ${(out.articleBytes / 1024).toFixed(0)} KB; median of ${RUNS} keystrokes, p90 in brackets)`);
console.log();
console.log(`First result after page load (median of ${LOADS} fresh loads, from navigation start): engine ready ${ms(out.firstResult.engineReadyMs)}, sample reports highlighted ${ms(out.firstResult.firstHighlightsMs)} in the DOM, ${ms(out.firstResult.firstHighlightsPaintedMs)} painted; facts panel ${ms(out.firstResult.firstFactsMs)} in the DOM, ${ms(out.firstResult.firstFactsPaintedMs)} painted (DOMContentLoaded ${ms(out.firstResult.domContentLoadedMs)}, load ${ms(out.firstResult.loadEventMs)})`);
const page = out.downloads.filter((d) => !d.sample);
const sum = (xs, k) => xs.reduce((n, x) => n + x[k], 0);
if (out.firstResult.firstCheck) {
  const fc = out.firstResult.firstCheck;
  console.log(`First check: started ${ms(fc.startMs)}, engine ${ms(fc.engineMs)}, drawing the highlights ${ms(fc.renderMs)}`);
}
console.log(`Downloaded before the first result: ${page.map((d) => `${d.path} ${(d.bytes / 1024).toFixed(1)} KB (${(d.gzip / 1024).toFixed(1)} KB gz)`).join(', ')}; total ${(sum(page, 'bytes') / 1024).toFixed(1)} KB raw, ${(sum(page, 'gzip') / 1024).toFixed(1)} KB gzipped (+ the sample texts: ${(sum(out.downloads.filter((d) => d.sample), 'bytes') / 1024).toFixed(1)} KB)`);
console.log();
console.log('| scenario | keystroke → result rendered, with the page\'s debounce | same, next frame | without the debounce (from the timer firing) | same, next frame | of which engine | of which page (render) |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
const c = (x) => (x ? `${ms(x.median)} (${ms(x.p90)})` : '—');
for (const s of out.keystroke) {
  const range = s.debounceRangeMs && s.debounceRangeMs[0] !== s.debounceRangeMs[1] ? `, ${s.debounceRangeMs[0]}–${s.debounceRangeMs[1]}` : '';
  console.log(`| ${s.name}${s.marksInReadingView ? ` (${s.marksInReadingView} marks)` : ''}; debounce ${s.debounceMs} ms${range} | ${c(s.withDebounce)} | ${c(s.withDebounceNextFrame)} | ${c(s.noDebounce)} | ${c(s.noDebounceNextFrame)} | ${c(s.engineShare)} | ${c(s.pageShare)} (${c(s.renderMs)}) |`);
}
console.log();
console.log(`Engine alone in the page, ${WORDS.toLocaleString('en')} words: extract ${ms(out.engineInPage.extractMs)} (${out.engineInPage.mbps.toFixed(1)} MB/s, ${out.engineInPage.mentions} mentions), reconcile ${ms(out.engineInPage.reconcileMs)}`);
