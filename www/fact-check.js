// factcheck: the <fact-check> custom element, and the engine wrapper and
// helpers that the page (app.js) shares with it.
//
// One ES module, three files to host, side by side:
//   fact-check.js   (this file: the element, the engine wrapper, and its own Web Worker)
//   pkg/factcheck.js, pkg/factcheck_bg.wasm   (wasm-pack --target web output)
// Both are found relative to this module's URL (import.meta.url), so the three
// files can be hosted anywhere as long as they keep that layout.
//
// This same file is loaded as a module Web Worker for big inputs (over 200 KB):
// in a worker it only answers engine calls; in a window it defines the elements.
//
// Usage (the page needs script-src 'self' 'wasm-unsafe-eval'; no inline styles needed):
//   <script type="module" src="/factcheck/fact-check.js"></script>
//   <fact-check outlet="The Meridian" date="2026-02-05" sources="#related .story-text">
//     …the article's own HTML, left as it is…
//     <fact-check-source outlet="Other outlet" date="2026-02-05">text of another report</fact-check-source>
//   </fact-check>
// Attributes: outlet, date (YYYY-MM-DD), sources (a CSS selector for more reports on
// the page; their outlet/date come from data-outlet/data-date), highlight="wrap" to
// wrap figures in focusable <mark>s instead of using the CSS Custom Highlight API.
// Event: `factcheck:report` (bubbles, composed), detail {report, sources, mode}.
// Styling: ::part(panel) and ::part(card); colours via --fc-conflict, --fc-conflict-bg, …

const MODULE_URL = import.meta.url;
const GLUE_URL = new URL('./pkg/factcheck.js', MODULE_URL);
const WASM_URL = new URL('./pkg/factcheck_bg.wasm', MODULE_URL);

/** Inputs larger than this (UTF-8 bytes, all documents together) run in a Web Worker. */
export const WORKER_THRESHOLD = 200 * 1024;

const IN_WORKER = typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope;

// ---------------------------------------------------------------------------
// Loading the wasm module
// ---------------------------------------------------------------------------

let compiled = null; // Promise<WebAssembly.Module>, compiled once per page
let glueGeneration = 0;

function compileWasm(source) {
  if (source instanceof WebAssembly.Module) return Promise.resolve(source);
  if (!compiled) {
    compiled = (async () => {
      const response = await fetch(WASM_URL);
      if (!response.ok) {
        throw new EngineUnavailable(`The checking engine could not be loaded (${response.status} for ${WASM_URL.pathname}).`);
      }
      const type = response.headers.get('content-type') || '';
      try {
        if (type.startsWith('application/wasm') && WebAssembly.compileStreaming) {
          return await WebAssembly.compileStreaming(response);
        }
        return await WebAssembly.compile(await response.arrayBuffer());
      } catch (e) {
        // The module uses WebAssembly SIMD: a browser without it (or a
        // damaged download) cannot compile it. Say what to do about it.
        if (e instanceof WebAssembly.CompileError) {
          throw new EngineUnavailable('This browser cannot run the checking engine: it needs WebAssembly SIMD (Chrome or Edge 91+, Firefox 89+, Safari 16.4+). If your browser is recent, the engine file may be damaged: reload the page.');
        }
        throw e;
      }
    })();
    compiled.catch(() => { compiled = null; });
  }
  return compiled;
}

/**
 * Imports a fresh instance of the wasm-bindgen glue and instantiates it. Each
 * call after the first imports the glue under a new URL, so that a module
 * that trapped (and whose memory may be inconsistent) is never reused.
 */
async function loadGlue(module) {
  const url = new URL(GLUE_URL);
  glueGeneration += 1;
  if (glueGeneration > 1) url.searchParams.set('instance', String(glueGeneration));
  // The wasm download and compile do not depend on the glue: start them
  // first, so that they overlap the glue's own fetch and evaluation.
  const compiling = compileWasm(module);
  let glue;
  try {
    glue = await import(url.href);
  } catch (e) {
    throw new EngineUnavailable('The checking engine is missing (pkg/factcheck.js could not be loaded). Build it with wasm-pack into www/pkg/.');
  }
  await glue.default({ module_or_path: await compiling });
  return glue;
}

/** The engine could not be loaded at all. */
export class EngineUnavailable extends Error {
  constructor(message) { super(message); this.name = 'EngineUnavailable'; }
}

/** The engine trapped on this input; it has been discarded and will be re-created on the next call. */
export class EngineCrashed extends Error {
  constructor(message) {
    super(message || 'The checking engine stopped unexpectedly on this text. It has been restarted; your text is kept.');
    this.name = 'EngineCrashed';
  }
}

/** A newer call replaced this one before it finished. */
export class Superseded extends Error {
  constructor() { super('superseded by a newer check'); this.name = 'Superseded'; }
}

function isTrap(e) {
  return e instanceof WebAssembly.RuntimeError || (e && e.name === 'RuntimeError');
}

/** At most this many consistency checks are passed on; report.truncated.checks says how many there were. */
export const MAX_CHECKS = 1000;

function limitResult(fn, result) {
  if (fn === 'reconcile' && result && Array.isArray(result.checks) && result.checks.length > MAX_CHECKS) {
    result.truncated = { checks: result.checks.length };
    result.checks = result.checks.slice(0, MAX_CHECKS);
  }
  return result;
}

/** UTF-8 length of a string, without allocating. */
export function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Worker side
// ---------------------------------------------------------------------------

if (IN_WORKER) {
  let ready = null;
  let module = null;
  globalThis.addEventListener('message', async (event) => {
    const msg = event.data || {};
    if (msg.type === 'module') { module = msg.module; return; }
    if (msg.type !== 'call') return;
    try {
      if (!ready) ready = loadGlue(module);
      const glue = await ready;
      const result = limitResult(msg.fn, glue[msg.fn](...msg.args));
      globalThis.postMessage({ id: msg.id, ok: true, result });
    } catch (e) {
      if (isTrap(e)) ready = null;
      globalThis.postMessage({
        id: msg.id, ok: false,
        error: { name: e && e.name, message: String((e && e.message) || e), trap: isTrap(e), unavailable: e instanceof EngineUnavailable },
      });
    }
  });
}

// ---------------------------------------------------------------------------
// Engine: main-thread calls for small input, a module worker for big input
// ---------------------------------------------------------------------------

export class Engine {
  constructor() {
    this.ready = null;
    this.glue = null;
    this.worker = null;
    this.workerBroken = false;
    this.jobs = new Map();
    this.nextId = 1;
    this.maxBytes = 16 * 1024 * 1024;
  }

  /** Loads the engine on the main thread (needed for small inputs and the size limit). */
  init() {
    if (!this.ready) {
      this.ready = loadGlue().then((glue) => {
        this.glue = glue;
        try { this.maxBytes = Number(glue.maxInputBytes()) || this.maxBytes; } catch { /* keep default */ }
        return glue;
      });
      this.ready.catch(() => { this.ready = null; this.glue = null; });
    }
    return this.ready;
  }

  /**
   * Checks two short reports once, and throws the result away. V8 compiles
   * each wasm function on its first call (30-50 ms for a first check), and
   * the engine builds its word lists on first use: done before any check is
   * asked for, that is not added to the reader's first check. Errors are
   * ignored (a real check reports its own; a trap has already reset the engine).
   */
  warmUp() {
    if (!this.glue || this.warmedUp) return;
    this.warmedUp = true;
    try {
      this.call('reconcile', [WARM_UP_REPORTS, {}]);
    } catch { /* see above */ }
  }

  call(fn, args) {
    try {
      return limitResult(fn, this.glue[fn](...args));
    } catch (e) {
      if (isTrap(e)) {
        this.ready = null;
        this.glue = null;
        throw new EngineCrashed();
      }
      throw e instanceof Error ? e : new Error(String(e));
    }
  }

  checkSize(bytes) {
    if (bytes > this.maxBytes) {
      const mb = (n) => (n / 1048576).toFixed(1);
      throw new Error(`The text is ${mb(bytes)} MiB, over the ${mb(this.maxBytes)} MiB limit. Split it into smaller reports.`);
    }
  }

  /** extract(text, {date}) on the main thread (or in the worker when the text is big). */
  async extract(text, options = {}, hooks = {}) {
    await this.init();
    const bytes = utf8Length(text);
    this.checkSize(bytes);
    if (bytes > WORKER_THRESHOLD && this.canUseWorker()) return this.inWorker('extract', [text, options], bytes, hooks);
    return this.call('extract', [text, options]);
  }

  /**
   * reconcile(documents, options). hooks.onProgress({phase, bytes}) is told
   * when a job goes to the worker; hooks.supersede (default true) cancels a
   * worker job still running, so that typing in a big text never queues up.
   */
  async reconcile(documents, options = {}, hooks = {}) {
    await this.init();
    let bytes = 0;
    for (const d of documents) bytes += utf8Length(d.text || '') + utf8Length(d.title || '');
    this.checkSize(bytes);
    if (bytes > WORKER_THRESHOLD && this.canUseWorker()) return this.inWorker('reconcile', [documents, options], bytes, hooks);
    if (hooks.supersede !== false) this.cancelWorkerJobs();
    return this.call('reconcile', [documents, options]);
  }

  canUseWorker() {
    return !this.workerBroken && typeof Worker !== 'undefined';
  }

  startWorker() {
    if (this.worker) return this.worker;
    const worker = new Worker(MODULE_URL, { type: 'module', name: 'factcheck' });
    worker.addEventListener('message', (event) => {
      const { id, ok, result, error } = event.data || {};
      const job = this.jobs.get(id);
      if (!job) return;
      this.jobs.delete(id);
      if (ok) job.resolve(result);
      else if (error && error.trap) { this.stopWorker(); job.reject(new EngineCrashed()); }
      else if (error && error.unavailable) job.reject(new EngineUnavailable(error.message));
      else job.reject(new Error(error ? error.message : 'The check failed.'));
    });
    worker.addEventListener('error', (event) => {
      // The worker could not start (e.g. a host page's CSP forbids it): run on the main thread from now on.
      event.preventDefault();
      this.workerBroken = true;
      const jobs = [...this.jobs.values()];
      this.jobs.clear();
      this.stopWorker();
      for (const job of jobs) job.fallback();
    });
    if (this.glue) {
      compileWasm().then((module) => { if (this.worker === worker) worker.postMessage({ type: 'module', module }); }, () => {});
    }
    this.worker = worker;
    return worker;
  }

  stopWorker() {
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }

  cancelWorkerJobs() {
    if (!this.jobs.size) return;
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    this.stopWorker();
    for (const job of jobs) job.reject(new Superseded());
  }

  inWorker(fn, args, bytes, hooks) {
    if (hooks.supersede !== false) this.cancelWorkerJobs();
    const id = this.nextId++;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const job = {
        resolve: (v) => { hooks.onProgress?.({ phase: 'done', bytes, ms: performance.now() - started }); resolve(v); },
        reject: (e) => { hooks.onProgress?.({ phase: 'done', bytes, ms: performance.now() - started }); reject(e); },
        fallback: () => {
          try { resolve(this.call(fn, args)); } catch (e) { reject(e); }
        },
      };
      this.jobs.set(id, job);
      hooks.onProgress?.({ phase: 'worker', bytes });
      let worker;
      try {
        worker = this.startWorker();
      } catch {
        this.workerBroken = true;
        this.jobs.delete(id);
        job.fallback();
        return;
      }
      worker.postMessage({ type: 'call', id, fn, args });
    });
  }
}

// Figures of most kinds the engine reads (counts with qualifiers, money,
// percentages, dates, durations, times, measures, ranks), in two reports that
// agree and disagree, so that the warm-up takes the paths a real check takes.
const WARM_UP_REPORTS = [
  {
    id: 'warm-up-1', outlet: 'Morning Post', date: '2026-02-05',
    text: 'Officials said on 5 February 2026 that about 55,000 soldiers had been killed since 22 February 2022, '
      + 'up 12% in a year. Aid worth $3.5 billion arrived three weeks later; the second convoy covered roughly 1,000 km '
      + 'at minus 20 degrees Celsius. "More than 300 prisoners were exchanged at 10:30," a spokesman said on Tuesday.',
  },
  {
    id: 'warm-up-2', outlet: 'Evening Herald',
    text: 'February 6, 2026. According to the ministry, at least 46,000 soldiers were killed since February 24 2022, '
      + 'and 314 prisoners were swapped. Between 20,000 and 25,000 people left in the first 10 days, up to 40 per cent of them children.',
  },
];

let sharedEngine = null;
/** One engine per page, shared by the page and every <fact-check> element. */
export function getEngine() {
  if (!sharedEngine) sharedEngine = new Engine();
  return sharedEngine;
}

// ---------------------------------------------------------------------------
// Presentation helpers shared with the page
// ---------------------------------------------------------------------------

export const STATUS_ORDER = ['conflict', 'disputed', 'revision', 'agree', 'single'];

export const STATUS_INFO = {
  conflict: { label: 'Conflict', plural: 'Conflicts', icon: '\u2260', description: 'Reports give figures that cannot both be right.' },
  disputed: { label: 'Disputed', plural: 'Disputed', icon: '?', description: 'Different named sources give incompatible figures.' },
  revision: { label: 'Revision', plural: 'Revisions', icon: '\u21bb', description: 'The same source updated the figure over time.' },
  agree: { label: 'Agree', plural: 'Agreements', icon: '\u2713', description: 'Two or more reports, and their figures fit together.' },
  single: { label: 'Single report', plural: 'Single reports', icon: '\u2022', description: 'Only one report gives this figure.' },
  none: { label: 'Figure', plural: 'Figures', icon: '', description: 'A figure not compared with other reports.' },
};

export const KIND_LABEL = {
  count: 'count', money: 'money', percent: 'percentage', measure: 'measure', date: 'date',
  time: 'time of day', duration: 'duration', ordinal: 'rank', number: 'number',
};

const APPROX_LABEL = {
  exact: '', about: 'about', almost: 'almost', just_under: 'just under', more_than: 'more than',
  at_least: 'at least', up_to: 'up to', less_than: 'less than', vague: 'roughly', range: '',
};

export function statusRank(status) {
  const i = STATUS_ORDER.indexOf(status);
  return i < 0 ? STATUS_ORDER.length : i;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A readable form of one ISO 8601 date, time, week, or duration. */
export function formatIso(s) {
  if (typeof s !== 'string') return String(s);
  if (s.includes('/')) {
    const [a, b] = s.split('/');
    return `${formatIso(a)} \u2013 ${formatIso(b)}`;
  }
  let m;
  if ((m = /^(-?\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(s))) {
    const day = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] || m[2]} ${m[1]}`;
    return m[4] ? `${day}, ${m[4]}:${m[5]}` : day;
  }
  if ((m = /^(-?\d{4})-(\d{2})$/.exec(s))) return `${MONTHS_LONG[Number(m[2]) - 1] || m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(s))) return `week ${Number(m[2])} of ${m[1]}`;
  if ((m = /^T?(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s))) return `${m[1]}:${m[2]}`;
  if ((m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(s))) {
    const names = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
    const parts = [];
    for (let i = 1; i <= 7; i++) {
      if (m[i] !== undefined) {
        const n = Number(m[i]);
        parts.push(`${n} ${names[i - 1]}${n === 1 ? '' : 's'}`);
      }
    }
    return parts.length ? parts.join(', ') : s;
  }
  return s;
}

const CURRENCY_SYMBOL = { USD: '$', EUR: '\u20ac', GBP: '\u00a3', JPY: '\u00a5', UAH: '\u20b4', RUB: '\u20bd', INR: '\u20b9' };

// Number#toLocaleString builds a new Intl.NumberFormat on every call (about
// 40 µs each, and the results panel formats hundreds of figures per check):
// one formatter per number of decimals is kept instead. tests/e2e/format.test.js
// checks the result against toLocaleString.
const numberFormats = new Map();

/** n with thousands separators ("55,000.5"), as en-GB writes it, at most `maxDecimals` decimals. */
export function formatDecimal(n, maxDecimals = 3) {
  // Whole numbers, most figures, need no formatter (and so no locale data):
  // en-GB only groups their digits by three.
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  let format = numberFormats.get(maxDecimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: maxDecimals });
    numberFormats.set(maxDecimals, format);
  }
  return format.format(n);
}

/**
 * Creates the formatters ahead of time: the first Intl formatter of a page
 * loads the locale data, which takes 20-30 ms. For when the page is idle.
 */
export function prepareFormatting() {
  for (const d of [2, 3, 4]) formatDecimal(0.5, d);
}

function formatNumber(n, unit, kind) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const digits = abs !== 0 && abs < 1 ? 4 : 2;
  const num = formatDecimal(n, digits);
  if (kind === 'percent' || unit === '%') return `${num}%`;
  if (kind === 'ordinal') {
    const v = Math.round(n);
    const suffix = (v % 100 >= 11 && v % 100 <= 13) ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[v % 10] || 'th');
    return `${num}${suffix}`;
  }
  if (kind === 'money' && unit) {
    const sym = CURRENCY_SYMBOL[unit];
    return sym ? `${n < 0 ? '-' : ''}${sym}${formatDecimal(Math.abs(n), 2)}` : `${num} ${unit}`;
  }
  if (unit) return /^[°%]/.test(unit) ? `${num}${unit}` : `${num} ${unit}`;
  return num;
}

function formatScalar(v, unit, kind) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v, unit, kind);
  return formatIso(v);
}

/** The normalised reading of a mention or claim, for people: "about 55,000", "more than 70,000", "22 Feb 2022". */
export function formatValue(m) {
  if (!m) return '';
  const { value, low, high, unit, kind, approx } = m;
  const lowS = formatScalar(low, unit, kind);
  const highS = formatScalar(high, unit, kind);
  const valS = formatScalar(value, unit, kind);
  if (typeof value === 'number' && (low !== null && low !== undefined || high !== null && high !== undefined)) {
    if (approx === 'more_than' || approx === 'at_least') return `${approx === 'at_least' ? '\u2265' : '>'} ${lowS || valS}`;
    if (approx === 'up_to' || approx === 'less_than' || approx === 'just_under') {
      if (approx === 'just_under' && lowS) return `just under ${highS || valS}`;
      return `${approx === 'less_than' ? '<' : '\u2264'} ${highS || valS}`;
    }
    if (low !== null && low !== undefined && high !== null && high !== undefined && low !== high) {
      const pre = APPROX_LABEL[approx] ? `${APPROX_LABEL[approx]} ` : '';
      return `${pre}${lowS} \u2013 ${highS}`;
    }
    if (low !== null && low !== undefined && (high === null || high === undefined)) return `\u2265 ${lowS}`;
    if ((low === null || low === undefined) && high !== null && high !== undefined) return `\u2264 ${highS}`;
  }
  const pre = APPROX_LABEL[approx] ? `${APPROX_LABEL[approx]} ` : '';
  return `${pre}${valS}`;
}

/** Human label for a qualifier ("about", "more than"), or '' when exact. */
export function approxLabel(approx) {
  return APPROX_LABEL[approx] || (approx === 'range' ? 'range' : '');
}

/**
 * Indexes a report: for each document id, an array (by mention index) of
 * {fact, claim} so a mention can find its fact and the other reports' claims.
 */
export function indexReport(report) {
  const byDoc = new Map();
  for (const doc of report.documents || []) byDoc.set(doc.id, new Array((doc.mentions || []).length).fill(null));
  for (const fact of report.facts || []) {
    for (const claim of fact.claims || []) {
      const arr = byDoc.get(claim.doc);
      if (!arr || claim.mention < 0 || claim.mention >= arr.length) continue;
      const prev = arr[claim.mention];
      if (!prev || statusRank(fact.status) < statusRank(prev.fact.status)) arr[claim.mention] = { fact, claim };
    }
  }
  return byDoc;
}

/** Counts facts per status. */
export function countStatuses(facts) {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0]));
  for (const f of facts || []) counts[f.status] = (counts[f.status] || 0) + 1;
  return counts;
}

/** Facts sorted for reading: conflicts first, then disputed, revisions, agreements, singles; stable otherwise. */
export function sortFacts(facts) {
  return (facts || []).map((f, i) => [f, i])
    .sort((a, b) => statusRank(a[0].status) - statusRank(b[0].status) || a[1] - b[1])
    .map(([f]) => f);
}

// --- Exports: W3C Web Annotation selectors and schema.org ClaimReview -------

function codePointOffset(text, utf16) {
  let n = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    n++;
  }
  return n;
}

/**
 * A W3C Web Annotation target for span [start, end) (UTF-16 offsets) of text:
 * a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
 * (start, end, counted in Unicode code points as the W3C model says).
 */
export function annotationTarget(source, text, start, end, context = 32) {
  return {
    source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - context), start),
        suffix: text.slice(end, end + context),
      },
      { type: 'TextPositionSelector', start: codePointOffset(text, start), end: codePointOffset(text, end) },
    ],
  };
}

/**
 * The downloadable report: the engine's report, each document with its text,
 * outlet and date, every mention and claim anchored by W3C selectors.
 * sources: [{id, text, outlet, date, name}]
 */
export function buildExport(report, sources, { pageUrl = '', created = new Date() } = {}) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const docSource = (id) => `urn:factcheck:document:${encodeURIComponent(id)}`;
  const documents = (report.documents || []).map((d) => {
    const src = byId.get(d.id) || { text: '' };
    return {
      id: d.id,
      source: docSource(d.id),
      name: src.name || d.outlet || d.id,
      outlet: 'outlet' in src ? src.outlet || null : d.outlet ?? null,
      date: d.date ?? null,
      dateGivenBy: src.date ? 'reader' : (d.date ? 'text' : null),
      text: src.text,
      mentions: (d.mentions || []).map((m) => ({ ...m, target: annotationTarget(docSource(d.id), src.text, m.start, m.end) })),
    };
  });
  const anchorClaim = (c) => {
    const src = byId.get(c.doc) || { text: '' };
    return { ...c, outlet: src.outlet || null, target: annotationTarget(docSource(c.doc), src.text, c.start, c.end) };
  };
  return {
    generator: { name: 'factcheck', url: pageUrl || undefined },
    created: created.toISOString(),
    notes: 'start/end count UTF-16 code units as JavaScript does; each target also carries W3C Web Annotation selectors (TextPositionSelector counts Unicode code points).',
    counts: countStatuses(report.facts),
    documents,
    facts: sortFacts(report.facts).map((f) => ({ ...f, claims: f.claims.map(anchorClaim) })),
    checks: (report.checks || []).map((c) => ({ ...c, a: anchorClaim(c.a), b: anchorClaim(c.b) })),
  };
}

const RATING_TEXT = {
  conflict: 'Conflicting reports',
  disputed: 'Disputed by sources',
  revision: 'Revised figure',
  agree: 'Reports agree',
  single: 'Single report, not corroborated',
};

/** schema.org ClaimReview (JSON-LD) for one fact. sources: [{id, outlet, date, name, url?}] */
export function buildClaimReview(fact, report, sources, { url, datePublished = new Date(), author = 'factcheck' } = {}) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const docDate = new Map((report.documents || []).map((d) => [d.id, d.date]));
  const claimed = fact.claims.map((c) => c.quote || c.text).filter(Boolean);
  const appearance = fact.claims.map((c) => {
    const src = byId.get(c.doc) || {};
    const item = { '@type': 'NewsArticle', text: c.quote || c.text };
    const outlet = src.outlet || null;
    if (outlet) item.publisher = { '@type': 'Organization', name: outlet };
    item.name = src.name || outlet || c.doc;
    const date = src.date || docDate.get(c.doc);
    if (date) item.datePublished = date;
    if (src.url) item.url = src.url;
    return item;
  });
  const dates = appearance.map((a) => a.datePublished).filter(Boolean).sort();
  const review = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    datePublished: datePublished.toISOString().slice(0, 10),
    author: { '@type': 'Organization', name: author },
    claimReviewed: claimed.length === 1
      ? claimed[0]
      : `${fact.label}: ${fact.claims.map((c) => c.text).join(' / ')}`,
    reviewRating: {
      '@type': 'Rating',
      alternateName: RATING_TEXT[fact.status] || fact.status,
      ratingExplanation: fact.explanation,
    },
    itemReviewed: {
      '@type': 'Claim',
      name: fact.label,
      appearance,
    },
  };
  if (dates.length) review.itemReviewed.datePublished = dates[0];
  if (appearance.length) review.itemReviewed.firstAppearance = appearance.find((a) => a.datePublished === dates[0]) || appearance[0];
  return review;
}

// ---------------------------------------------------------------------------
// The <fact-check> element (window only)
// ---------------------------------------------------------------------------

const BLOCK_TAGS = new Set(('ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM '
  + 'H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL').split(' '));
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'CANVAS', 'TEXTAREA', 'SELECT', 'BUTTON', 'INPUT', 'FACT-CHECK-SOURCE', 'FACT-CHECK']);

/**
 * Reads the visible text of an element's light DOM as a plain string, with
 * whitespace collapsed and a newline between blocks, and remembers where each
 * character came from so spans can be turned back into DOM Ranges.
 */
export function collectText(root) {
  const nodes = [];
  const chars = [];
  const mapNode = [];
  const mapOffset = [];
  let pendingSpace = null; // [nodeIndex, offset] of the first collapsed whitespace
  let pendingBreak = false;
  let atLineStart = true;

  const push = (ch, nodeIndex, offset) => {
    chars.push(ch);
    mapNode.push(nodeIndex);
    mapOffset.push(offset);
  };
  const flush = () => {
    if (pendingBreak) {
      if (chars.length && !atLineStart) push('\n', -1, 0);
      atLineStart = true;
    } else if (pendingSpace && chars.length && !atLineStart) {
      push(' ', pendingSpace[0], pendingSpace[1]);
    }
    pendingBreak = false;
    pendingSpace = null;
  };

  const walk = (parent) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = child.data;
        const index = nodes.length;
        nodes.push(child);
        const pre = child.parentElement && child.parentElement.closest('pre');
        for (let i = 0; i < data.length; i++) {
          const c = data[i];
          if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f') {
            if (pre && c === '\n') pendingBreak = true;
            else if (!pendingSpace) pendingSpace = [index, i];
            continue;
          }
          if (pendingBreak || pendingSpace) flush();
          push(c, index, i);
          atLineStart = false;
        }
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag) || child.hasAttribute('data-factcheck-ignore') || child.hidden) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) pendingBreak = true;
        walk(child);
        if (block) pendingBreak = true;
      }
    }
  };
  walk(root);
  return { text: chars.join(''), nodes, mapNode, mapOffset };
}

/** Turns a span of collectText's string into a DOM Range (or null). */
export function spanToRange(collected, start, end) {
  const { mapNode, mapOffset, nodes } = collected;
  let s = start;
  let e = end - 1;
  while (s <= e && mapNode[s] === -1) s++;
  while (e >= s && mapNode[e] === -1) e--;
  if (s > e || s >= mapNode.length) return null;
  const range = document.createRange();
  range.setStart(nodes[mapNode[s]], mapOffset[s]);
  range.setEnd(nodes[mapNode[e]], mapOffset[e] + 1);
  return range;
}

/** Splits a Range into per-text-node pieces [{node, start, end}]. */
function rangePieces(range, collected, start, end) {
  const pieces = [];
  let current = null;
  for (let i = start; i < end; i++) {
    const n = collected.mapNode[i];
    if (n === -1) { current = null; continue; }
    const node = collected.nodes[n];
    const off = collected.mapOffset[i];
    if (current && current.node === node && off >= current.end) current.end = off + 1;
    else { current = { node, start: off, end: off + 1 }; pieces.push(current); }
  }
  return pieces;
}

const HIGHLIGHT_STATUSES = [...STATUS_ORDER, 'none'];

// Colours shared by the ::highlight rules (document) and the shadow styles.
const PALETTE_CSS = `
  --fc-conflict: #b3261e; --fc-conflict-bg: #fde2df;
  --fc-disputed: #8f4700; --fc-disputed-bg: #fdebd3;
  --fc-revision: #6a3fb5; --fc-revision-bg: #ece4fb;
  --fc-agree: #1d6b34; --fc-agree-bg: #dcf2e1;
  --fc-single: #4f5560; --fc-single-bg: #e9ebef;
  --fc-none: #4f5560; --fc-none-bg: #eef0f3;
  --fc-selected-bg: #ffe58a;
`;
const PALETTE_DARK_CSS = `
  --fc-conflict: #ff9c92; --fc-conflict-bg: #57201c;
  --fc-disputed: #ffbe7a; --fc-disputed-bg: #4a3210;
  --fc-revision: #cdb0ff; --fc-revision-bg: #3a2a58;
  --fc-agree: #86dca0; --fc-agree-bg: #183f27;
  --fc-single: #c3c7cf; --fc-single-bg: #30333a;
  --fc-none: #c3c7cf; --fc-none-bg: #2a2d33;
  --fc-selected-bg: #6b5300;
`;

const UNDERLINE = { conflict: 'wavy', disputed: 'dashed', revision: 'double', agree: 'solid', single: 'dotted', none: 'dotted' };

// Rules adopted by the host document: only ::highlight(factcheck-*) and the
// fallback marks inside <fact-check>, nothing that could touch the host page.
function documentCss() {
  const rules = [];
  for (const s of HIGHLIGHT_STATUSES) {
    rules.push(`::highlight(factcheck-${s}) { background-color: var(--fc-${s}-bg, transparent); color: inherit; text-decoration: underline ${UNDERLINE[s]} var(--fc-${s}) 2px; text-underline-offset: 3px; }`);
    rules.push(`fact-check mark.factcheck-mark[data-status="${s}"] { background-color: var(--fc-${s}-bg); color: inherit; text-decoration: underline ${UNDERLINE[s]} var(--fc-${s}) 2px; text-underline-offset: 3px; border-radius: 2px; }`);
  }
  rules.push('::highlight(factcheck-selected) { background-color: var(--fc-selected-bg, #ffe58a); color: inherit; }');
  rules.push('fact-check mark.factcheck-mark { padding: 0; cursor: help; }');
  rules.push('fact-check mark.factcheck-mark.factcheck-selected { background-color: var(--fc-selected-bg); }');
  rules.push('fact-check mark.factcheck-mark:focus-visible { outline: 2px solid var(--fc-focus, #1f4fd1); outline-offset: 1px; }');
  return `fact-check { ${PALETTE_CSS} --fc-focus: #1f4fd1; }
@media (prefers-color-scheme: dark) { fact-check { ${PALETTE_DARK_CSS} --fc-focus: #8fb0ff; } }
${rules.join('\n')}`;
}

const SHADOW_CSS = `
:host { display: block; ${PALETTE_CSS}
  --fc-surface: #ffffff; --fc-text: #1d1d1f; --fc-muted: #5a5d66; --fc-border: #d9dbe0; --fc-accent: #1f4fd1; --fc-shadow: 0 10px 30px rgba(20, 24, 40, .18);
  --fc-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
@media (prefers-color-scheme: dark) { :host { ${PALETTE_DARK_CSS}
  --fc-surface: #1d1f24; --fc-text: #e9eaee; --fc-muted: #a9adb8; --fc-border: #3a3d45; --fc-accent: #9db8ff; --fc-shadow: 0 10px 30px rgba(0, 0, 0, .5); } }
:host([hidden]) { display: none; }
.panel { margin-top: 1.5rem; border: 1px solid var(--fc-border); border-radius: 12px; background: var(--fc-surface); color: var(--fc-text); font: 15px/1.45 var(--fc-font); overflow: hidden; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem .75rem; padding: .7rem .9rem; }
.logo { display: inline-flex; align-items: center; gap: .4rem; font-weight: 700; letter-spacing: .01em; }
.logo svg { width: 18px; height: 18px; }
.summary { flex: 1 1 12rem; color: var(--fc-muted); }
.summary strong { color: var(--fc-text); }
.chips { display: inline-flex; flex-wrap: wrap; gap: .35rem; }
.chip { display: inline-flex; align-items: center; gap: .3rem; padding: .1rem .55rem; border-radius: 999px; font-size: 13px; font-weight: 600; color: var(--s); background: var(--sbg); border: 1px solid currentColor; }
button { font: inherit; color: inherit; }
.toggle { border: 1px solid var(--fc-border); background: transparent; border-radius: 8px; padding: .35rem .75rem; cursor: pointer; font-weight: 600; }
.toggle:hover { border-color: var(--fc-accent); }
:focus-visible { outline: 2px solid var(--fc-accent); outline-offset: 2px; }
.facts { border-top: 1px solid var(--fc-border); padding: .25rem .9rem .9rem; max-height: 28rem; overflow: auto; }
.facts[hidden] { display: none; }
.facts ul { list-style: none; margin: 0; padding: 0; }
.fact { border-bottom: 1px solid var(--fc-border); padding: .6rem 0; }
.fact:last-child { border-bottom: 0; }
.fact-btn { display: block; width: 100%; text-align: left; background: none; border: 0; padding: .15rem .25rem; border-radius: 6px; cursor: pointer; }
.fact-btn:hover { background: color-mix(in srgb, var(--fc-accent) 8%, transparent); }
.fact-btn[aria-pressed="true"] { background: color-mix(in srgb, var(--fc-selected-bg) 60%, transparent); }
.fact-top { display: flex; align-items: baseline; gap: .5rem; flex-wrap: wrap; }
.label { font-weight: 600; }
.expl { color: var(--fc-muted); font-size: 14px; margin: .2rem 0 0; }
.claims { margin: .35rem 0 0; padding: 0; list-style: none; font-size: 14px; display: grid; gap: .2rem; }
.claims li { display: grid; grid-template-columns: minmax(6rem, 10rem) 1fr; gap: .5rem; }
.claims .who { color: var(--fc-muted); overflow-wrap: anywhere; }
.claims .this { font-weight: 600; }
.status { display: inline-flex; align-items: center; gap: .25rem; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: .05rem .45rem; border-radius: 4px; color: var(--s); background: var(--sbg); border: 1px solid currentColor; white-space: nowrap; }
[data-status="conflict"] { --s: var(--fc-conflict); --sbg: var(--fc-conflict-bg); }
[data-status="disputed"] { --s: var(--fc-disputed); --sbg: var(--fc-disputed-bg); }
[data-status="revision"] { --s: var(--fc-revision); --sbg: var(--fc-revision-bg); }
[data-status="agree"] { --s: var(--fc-agree); --sbg: var(--fc-agree-bg); }
[data-status="single"], [data-status="none"] { --s: var(--fc-single); --sbg: var(--fc-single-bg); }
.error { color: var(--fc-conflict); }
.card { position: fixed; z-index: 2147483000; max-width: min(24rem, calc(100vw - 16px)); box-sizing: border-box; background: var(--fc-surface); color: var(--fc-text); border: 1px solid var(--fc-border); border-radius: 10px; box-shadow: var(--fc-shadow); padding: .75rem .9rem; font: 14px/1.45 var(--fc-font); }
.card[hidden] { display: none; }
.card h3 { margin: .35rem 0 .25rem; font-size: 15px; }
.card .value { font-size: 20px; font-weight: 700; margin: .1rem 0 .35rem; }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: .15rem .75rem; margin: 0; }
.card dt { color: var(--fc-muted); }
.card dd { margin: 0; overflow-wrap: anywhere; }
.card .others { margin: .5rem 0 0; padding: .5rem 0 0; border-top: 1px solid var(--fc-border); list-style: none; display: grid; gap: .25rem; }
.card .others b { font-weight: 600; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

function logoSvg() {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const circle = document.createElementNS(NS, 'circle');
  for (const [k, v] of Object.entries({ cx: 12, cy: 12, r: 11, fill: '#1f4fd1' })) circle.setAttribute(k, v);
  const path = document.createElementNS(NS, 'path');
  for (const [k, v] of Object.entries({ d: 'M7 12.5l3.2 3.2L17 9', fill: 'none', stroke: '#fff', 'stroke-width': 2.4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' })) path.setAttribute(k, v);
  svg.append(circle, path);
  return svg;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

function statusBadge(status) {
  const info = STATUS_INFO[status] || STATUS_INFO.none;
  return el('span', { class: 'status', 'data-status': status }, el('span', { 'aria-hidden': 'true', text: info.icon }), info.label);
}

let documentSheet = null;
function adoptDocumentStyles() {
  if (documentSheet) return;
  documentSheet = new CSSStyleSheet();
  documentSheet.replaceSync(documentCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, documentSheet];
}

// Highlights are shared by every <fact-check> on the page: one Highlight per status.
const highlightOwners = new Map(); // element -> Map(status -> Range[])
function refreshHighlights() {
  if (!supportsHighlights()) return;
  const all = Object.fromEntries([...HIGHLIGHT_STATUSES, 'selected'].map((s) => [s, []]));
  for (const byStatus of highlightOwners.values()) for (const [s, ranges] of byStatus) all[s].push(...ranges);
  for (const [s, ranges] of Object.entries(all)) {
    const name = `factcheck-${s}`;
    if (ranges.length) {
      const h = new Highlight(...ranges);
      if (s === 'selected') h.priority = 10;
      CSS.highlights.set(name, h);
    } else CSS.highlights.delete(name);
  }
}

function supportsHighlights() {
  return typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
}

function defineElements() {
  if (customElements.get('fact-check')) return;
  const shadowSheet = new CSSStyleSheet();
  shadowSheet.replaceSync(SHADOW_CSS);
  let cardCounter = 0;

  class FactCheckSource extends HTMLElement {
    constructor() {
      super();
      // An empty shadow root: the report's text is read, never shown.
      this.attachShadow({ mode: 'open' });
    }
  }

  class FactCheck extends HTMLElement {
    static observedAttributes = ['outlet', 'date', 'sources', 'highlight'];

    constructor() {
      super();
      this.engine = getEngine();
      this.report = null;
      this.entries = []; // [{mention, fact, claim, range, pieces, marks}]
      this.selectedFact = null;
      this.scheduled = 0;
      this.runId = 0;
      this.wrapped = [];
      this.observer = new MutationObserver(() => this.schedule());
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [shadowSheet];
      const id = `fc-card-${++cardCounter}`;
      this.cardId = id;
      this.summary = el('span', { class: 'summary', role: 'status', 'aria-live': 'polite', text: 'Checking the figures\u2026' });
      this.toggle = el('button', { class: 'toggle', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'facts', text: 'Show the figures' });
      this.factsBox = el('div', { class: 'facts', id: 'facts', hidden: true });
      const logo = el('span', { class: 'logo' });
      logo.append(logoSvg(), 'Fact check');
      this.chips = el('span', { class: 'chips' });
      this.panel = el('section', { class: 'panel', part: 'panel', 'aria-label': 'Fact check of the figures in this article' },
        el('div', { class: 'bar' }, logo, this.summary, this.chips, this.toggle), this.factsBox);
      this.card = el('div', { class: 'card', id, role: 'tooltip', hidden: true, part: 'card' });
      root.append(el('slot'), this.panel, this.card);
      this.toggle.addEventListener('click', () => this.setExpanded(this.factsBox.hidden));
      this.addEventListener('pointermove', (e) => this.onPointerMove(e));
      this.addEventListener('pointerleave', () => this.hideCardSoon());
      this.addEventListener('focusin', (e) => this.onFocusIn(e));
      this.addEventListener('focusout', () => this.hideCardSoon());
      this.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') this.hideCard();
        const mark = e.target.closest && e.target.closest('mark.factcheck-mark');
        if (mark && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); this.selectEntry(Number(mark.dataset.factcheckEntry), false); }
      });
      this.card.addEventListener('pointerenter', () => clearTimeout(this.hideTimer));
      this.card.addEventListener('pointerleave', () => this.hideCardSoon());
    }

    connectedCallback() {
      adoptDocumentStyles();
      highlightOwners.set(this, new Map());
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.schedule(0), { once: true });
      else this.schedule(0);
      this.observer.observe(this, { childList: true, characterData: true, subtree: true });
      this.onScroll = () => { if (!this.card.hidden && this.cardEntry) this.positionCard(this.cardEntry); };
      window.addEventListener('scroll', this.onScroll, { passive: true });
    }

    disconnectedCallback() {
      this.observer.disconnect();
      this.unwrap();
      highlightOwners.delete(this);
      refreshHighlights();
      window.removeEventListener('scroll', this.onScroll);
    }

    attributeChangedCallback(_name, oldValue, newValue) {
      if (oldValue !== newValue && this.isConnected) this.schedule();
    }

    get useHighlights() {
      return this.getAttribute('highlight') !== 'wrap' && supportsHighlights();
    }

    schedule(delay = 250) {
      clearTimeout(this.scheduled);
      this.scheduled = setTimeout(() => this.run(), delay);
    }

    /** The other reports: <fact-check-source> children and elements matched by the `sources` selector. */
    otherSources() {
      const found = [];
      const seen = new Set();
      const add = (node, i) => {
        if (seen.has(node) || node === this || this.contains(node) && node.tagName !== 'FACT-CHECK-SOURCE') return;
        seen.add(node);
        const text = collectText(node).text;
        if (!text.trim()) return;
        found.push({
          id: node.id ? `source:${node.id}` : `source-${i + 1}`,
          text,
          outlet: node.getAttribute('outlet') || node.dataset.outlet || null,
          date: node.getAttribute('date') || node.dataset.date || null,
          url: node.getAttribute('href') || node.dataset.url || null,
        });
      };
      let i = 0;
      for (const node of this.querySelectorAll('fact-check-source')) add(node, i++);
      const selector = this.getAttribute('sources');
      if (selector) {
        try {
          for (const node of document.querySelectorAll(selector)) add(node, i++);
        } catch {
          this.showError(`The sources attribute is not a valid CSS selector: ${selector}`);
        }
      }
      return found;
    }

    async run() {
      const runId = ++this.runId;
      const collected = collectText(this);
      const article = {
        id: 'article',
        text: collected.text,
        outlet: this.getAttribute('outlet') || null,
        date: validDate(this.getAttribute('date')),
        url: this.getAttribute('href') || (document.location ? document.location.href.split('#')[0] : null),
      };
      const others = this.otherSources();
      this.sources = [article, ...others].map((s, i) => ({ ...s, name: s.outlet || (i === 0 ? 'This article' : `Report ${i + 1}`) }));
      let report;
      try {
        report = await this.engine.reconcile(
          this.sources.map(({ id, text, outlet, date }) => ({ id, text, outlet, date: validDate(date) })),
          {},
          { supersede: false },
        );
      } catch (e) {
        if (runId !== this.runId) return;
        this.showError(e.message || String(e));
        return;
      }
      if (runId !== this.runId) return;
      this.apply(report, collected);
    }

    showError(message) {
      this.summary.replaceChildren(el('span', { class: 'error', text: message }));
      this.chips.replaceChildren();
    }

    apply(report, collected) {
      this.observer.disconnect();
      this.unwrap();
      this.hideCard();
      this.report = report;
      const index = indexReport(report);
      const doc = (report.documents || []).find((d) => d.id === 'article') || { mentions: [] };
      const links = index.get('article') || [];
      let lastEnd = -1;
      this.entries = [];
      doc.mentions.forEach((mention, i) => {
        if (mention.start < lastEnd) return; // overlapping spans: keep the first
        const range = spanToRange(collected, mention.start, mention.end);
        if (!range) return;
        lastEnd = mention.end;
        const link = links[i];
        this.entries.push({ mention, index: i, fact: link ? link.fact : null, claim: link ? link.claim : null, range, pieces: rangePieces(range, collected, mention.start, mention.end), marks: [] });
      });
      if (this.useHighlights) {
        const byStatus = new Map();
        for (const entry of this.entries) {
          const s = entry.fact ? entry.fact.status : 'none';
          if (!byStatus.has(s)) byStatus.set(s, []);
          byStatus.get(s).push(entry.range);
        }
        highlightOwners.set(this, byStatus);
        refreshHighlights();
      } else {
        this.wrap();
      }
      this.renderPanel();
      this.observer.takeRecords();
      this.observer.observe(this, { childList: true, characterData: true, subtree: true });
      this.dispatchEvent(new CustomEvent('factcheck:report', { bubbles: true, composed: true, detail: { report, sources: this.sources, mode: this.useHighlights ? 'highlight' : 'wrap' } }));
    }

    /** Fallback without the Highlight API: wrap each span's text-node pieces in <mark>. */
    wrap() {
      for (let k = this.entries.length - 1; k >= 0; k--) {
        const entry = this.entries[k];
        const status = entry.fact ? entry.fact.status : 'none';
        const marks = [];
        for (let p = entry.pieces.length - 1; p >= 0; p--) {
          const { node, start, end } = entry.pieces[p];
          if (end < node.length) node.splitText(end);
          const mid = start > 0 ? node.splitText(start) : node;
          const mark = document.createElement('mark');
          mark.className = 'factcheck-mark';
          mark.dataset.status = status;
          mark.dataset.factcheckEntry = String(k);
          mid.parentNode.insertBefore(mark, mid);
          mark.appendChild(mid);
          marks.unshift(mark);
        }
        if (marks.length) {
          marks[0].tabIndex = 0;
          marks[0].setAttribute('role', 'button');
          marks[0].setAttribute('aria-label', `${entry.mention.text}: ${(STATUS_INFO[status] || STATUS_INFO.none).label}${entry.fact ? `, ${entry.fact.label}` : ''}`);
          marks[0].setAttribute('aria-describedby', this.cardId);
        }
        entry.marks = marks;
        this.wrapped.push(...marks);
      }
    }

    unwrap() {
      if (!this.wrapped.length) return;
      const parents = new Set();
      for (const mark of this.wrapped) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parents.add(parent);
      }
      for (const p of parents) p.normalize();
      this.wrapped = [];
    }

    setExpanded(open) {
      this.factsBox.hidden = !open;
      this.toggle.setAttribute('aria-expanded', String(open));
      this.toggle.textContent = open ? 'Hide the figures' : 'Show the figures';
    }

    renderPanel() {
      const report = this.report;
      const counts = {};
      for (const entry of this.entries) {
        const s = entry.fact ? entry.fact.status : 'none';
        counts[s] = (counts[s] || 0) + 1;
      }
      const n = this.entries.length;
      const others = this.sources.length - 1;
      this.summary.replaceChildren(
        el('strong', { text: `${n} figure${n === 1 ? '' : 's'}` }),
        others ? ` checked against ${others} other report${others === 1 ? '' : 's'}` : ' found',
      );
      this.chips.replaceChildren(...STATUS_ORDER.filter((s) => counts[s] && s !== 'single').map((s) => el('span', { class: 'chip', 'data-status': s },
        el('span', { 'aria-hidden': 'true', text: STATUS_INFO[s].icon }), `${counts[s]} ${counts[s] === 1 ? STATUS_INFO[s].label.toLowerCase() : STATUS_INFO[s].plural.toLowerCase()}`)));
      const names = new Map(this.sources.map((s) => [s.id, s.name]));
      const list = el('ul');
      const order = this.entries.map((e, k) => [e, k]).sort((a, b) => statusRank(a[0].fact ? a[0].fact.status : 'none') - statusRank(b[0].fact ? b[0].fact.status : 'none') || a[1] - b[1]);
      for (const [entry, k] of order) {
        const status = entry.fact ? entry.fact.status : 'none';
        const btn = el('button', { class: 'fact-btn', type: 'button', 'aria-pressed': 'false', 'data-entry': k },
          el('span', { class: 'fact-top' }, statusBadge(status), el('span', { class: 'label', text: entry.mention.text }),
            el('span', { class: 'expl', text: entry.fact ? `\u2014 ${entry.fact.label}` : `\u2014 ${KIND_LABEL[entry.mention.kind] || entry.mention.kind}` })));
        const li = el('li', { class: 'fact', 'data-status': status }, btn);
        if (entry.fact && entry.fact.status !== 'single') {
          li.append(el('p', { class: 'expl', text: entry.fact.explanation }));
          const claims = el('ul', { class: 'claims' });
          for (const c of entry.fact.claims) {
            const norm = formatValue(c);
            claims.append(el('li', {}, el('span', { class: 'who', text: names.get(c.doc) || c.doc }),
              el('span', { class: c.doc === 'article' ? 'this' : '', text: norm && norm !== c.text ? `${c.text} (${norm})` : c.text })));
          }
          li.append(claims);
        }
        btn.addEventListener('click', () => this.selectEntry(k, true));
        btn.addEventListener('focus', () => this.selectEntry(k, false, true));
        list.append(li);
      }
      if (!n) list.append(el('li', { class: 'fact expl', text: report ? 'No figures found in this article.' : '' }));
      this.factsBox.replaceChildren(list);
    }

    selectEntry(k, scroll, fromPanel = false) {
      const entry = this.entries[k];
      if (!entry) return;
      for (const b of this.factsBox.querySelectorAll('.fact-btn')) b.setAttribute('aria-pressed', String(Number(b.dataset.entry) === k));
      const same = entry.fact ? this.entries.filter((e) => e.fact === entry.fact) : [entry];
      if (this.useHighlights) {
        const own = highlightOwners.get(this);
        own.set('selected', same.map((e) => e.range));
        refreshHighlights();
      } else {
        for (const m of this.wrapped) m.classList.remove('factcheck-selected');
        for (const e of same) for (const m of e.marks) m.classList.add('factcheck-selected');
      }
      if (scroll || fromPanel) {
        const target = entry.range.startContainer.parentElement;
        if (target && scroll) target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
      if (!fromPanel) this.showCard(entry);
    }

    entryAtPoint(x, y) {
      let node = null;
      let offset = 0;
      if (document.caretPositionFromPoint) {
        const pos = document.caretPositionFromPoint(x, y);
        if (pos) { node = pos.offsetNode; offset = pos.offset; }
      } else if (document.caretRangeFromPoint) {
        const r = document.caretRangeFromPoint(x, y);
        if (r) { node = r.startContainer; offset = r.startOffset; }
      }
      if (!node || !this.contains(node)) return null;
      for (const entry of this.entries) {
        if (!entry.range.isPointInRange(node, offset)) continue;
        for (const rect of entry.range.getClientRects()) {
          if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return entry;
        }
      }
      return null;
    }

    onPointerMove(e) {
      if (!this.entries.length) return;
      const mark = e.target.closest && e.target.closest('mark.factcheck-mark');
      const entry = mark ? this.entries[Number(mark.dataset.factcheckEntry)] : (this.useHighlights ? this.entryAtPoint(e.clientX, e.clientY) : null);
      if (entry) {
        clearTimeout(this.hideTimer);
        if (this.cardEntry !== entry || this.card.hidden) this.showCard(entry);
      } else if (!this.card.hidden) {
        this.hideCardSoon();
      }
    }

    onFocusIn(e) {
      const mark = e.target.closest && e.target.closest('mark.factcheck-mark');
      if (mark) this.showCard(this.entries[Number(mark.dataset.factcheckEntry)]);
    }

    hideCardSoon() {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.hideCard(), 200);
    }

    hideCard() {
      clearTimeout(this.hideTimer);
      this.card.hidden = true;
      this.cardEntry = null;
    }

    showCard(entry) {
      if (!entry) return;
      clearTimeout(this.hideTimer);
      this.cardEntry = entry;
      fillCard(this.card, entry.mention, entry.fact, entry.claim, this.sources, 'article');
      this.card.hidden = false;
      this.positionCard(entry);
    }

    positionCard(entry) {
      const rect = entry.range.getBoundingClientRect();
      placeCard(this.card, rect);
    }
  }

  customElements.define('fact-check-source', FactCheckSource);
  customElements.define('fact-check', FactCheck);
}

function validDate(d) {
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}

/** Positions a fixed card below (or above) a rectangle, inside the viewport. */
export function placeCard(card, rect) {
  const margin = 8;
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  card.style.left = '0px';
  card.style.top = '0px';
  const w = card.offsetWidth;
  const h = card.offsetHeight;
  let left = Math.min(Math.max(margin, rect.left), vw - w - margin);
  let top = rect.bottom + 6;
  if (top + h > vh - margin && rect.top - h - 6 > margin) top = rect.top - h - 6;
  left = Math.max(margin, left);
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}

/**
 * Fills a hover card for one mention: its normalised value, kind, subject,
 * source, as-of, its fact and what the other reports say. Text only through
 * textContent. Used by the page and the element.
 */
export function fillCard(card, mention, fact, claim, sources, ownDoc) {
  const names = new Map((sources || []).map((s) => [s.id, s.name || s.outlet || s.id]));
  const status = fact ? fact.status : 'none';
  const parts = [];
  const head = el('div', { class: 'card-head' }, statusBadge(status));
  parts.push(head);
  parts.push(el('div', { class: 'value', text: formatValue(mention) }));
  if (fact) parts.push(el('h3', { text: fact.label }));
  const dl = el('dl');
  const row = (k, v) => { if (v !== null && v !== undefined && v !== '') dl.append(el('dt', { text: k }), el('dd', { text: String(v) })); };
  row('In the text', `\u201c${mention.text}\u201d`);
  row('Kind', KIND_LABEL[mention.kind] || mention.kind);
  row('Qualifier', approxLabel(mention.approx));
  if (mention.unit && mention.kind !== 'percent') row('Unit', mention.unit);
  row('About', mention.subject);
  row('According to', mention.source);
  row('As of', mention.asOf ? formatIso(mention.asOf) : null);
  parts.push(dl);
  if (fact) {
    if (fact.explanation) parts.push(el('p', { class: 'expl', text: fact.explanation }));
    const others = fact.claims.filter((c) => !(c.doc === (claim ? claim.doc : ownDoc) && c.mention === (claim ? claim.mention : -1)));
    if (others.length) {
      const ul = el('ul', { class: 'others', 'aria-label': 'What the other reports say' });
      for (const c of others) {
        const li = el('li', {}, el('b', { text: `${names.get(c.doc) || c.doc}: ` }), `${c.text}`);
        const v = formatValue(c);
        if (v && v !== c.text) li.append(el('span', { class: 'muted', text: ` (${v})` }));
        ul.append(li);
      }
      parts.push(ul);
    } else if (fact.status === 'single') {
      parts.push(el('p', { class: 'expl', text: 'No other report gives this figure.' }));
    }
  }
  card.replaceChildren(...parts);
}

if (!IN_WORKER && typeof customElements !== 'undefined') defineElements();
