// The factcheck page: reports in, highlighted figures and reconciled facts out.
// User text is only ever put in the page through text nodes (textContent,
// createTextNode), never parsed as HTML.

import {
  getEngine, EngineCrashed, EngineUnavailable, Superseded, WORKER_THRESHOLD, utf8Length,
  STATUS_ORDER, STATUS_INFO, KIND_LABEL, formatValue, formatIso, formatDecimal, prepareFormatting,
  indexReport, countStatuses, sortFacts, buildExport, buildClaimReview, fillCard, placeCard,
} from './fact-check.js';
import { CheckDelay } from './check-delay.js';
import { KeyedList } from './keyed-list.js';

const FACT_PAGE = 150;
const CHUNK_MARKS = 1500;
const SEGMENT_CHARS = 20_000;
const CLAIMS_SHOWN = 8;

const $ = (sel, root = document) => root.querySelector(sel);

const engine = getEngine();
const state = {
  sources: [],
  nextId: 1,
  report: null,
  index: null,
  snapshot: new Map(), // doc id -> text the report was computed on
  filters: new Set(STATUS_ORDER),
  factLimit: FACT_PAGE,
  selectedFact: null,
  seq: 0,
  timer: 0,
  scheduledAt: 0, // when the pending check was asked for
  scheduledDelay: 0,
  checkPending: false,
  waitingForEngine: false, // a check started before the engine was ready, and waits for it
  loadingSamples: false, // the sample reports are on their way, and a check with them
  engineReady: false,
  lastError: null,
};

// How long to wait after an edit: as long as recent checks cost (check-delay.js).
const checkDelay = new CheckDelay();

const ui = {
  list: $('#source-list'),
  template: $('#source-template'),
  status: $('#run-status'),
  statusText: $('#run-status .run-text'),
  spinner: $('#run-status .spinner'),
  progress: $('#progress'),
  alert: $('#alert'),
  filters: $('#filters'),
  factList: $('#fact-list'),
  factsEmpty: $('#facts-empty'),
  factScroll: $('#fact-scroll'),
  more: $('#more-facts'),
  showMore: $('#show-more'),
  checks: $('#checks'),
  checkList: $('#check-list'),
  exportBtn: $('#export-json'),
  card: $('#hl-card'),
  toast: $('#toast'),
  dialog: $('#copy-dialog'),
  dialogText: $('#copy-dialog-text'),
  legend: $('#legend'),
};

// ---------------------------------------------------------------------------
// Small DOM helpers (text only)
// ---------------------------------------------------------------------------

function h(tag, attrs = {}, ...children) {
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

function badge(status) {
  const info = STATUS_INFO[status] || STATUS_INFO.none;
  return h('span', { class: 'badge', 'data-status': status }, h('span', { class: 'badge-icon', 'aria-hidden': 'true', text: info.icon }), info.label);
}

function plural(n, one, many = `${one}s`) {
  return `${formatDecimal(n)} ${n === 1 ? one : many}`;
}

function formatBytes(n) {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} KB`;
  return `${n} bytes`;
}

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

function sourceName(src) {
  const i = state.sources.indexOf(src);
  return src.outlet.trim() || `Report ${i + 1}`;
}

function sourceById(id) {
  return state.sources.find((s) => s.id === id);
}

function addSource({ text = '', outlet = '', date = '', mode } = {}, focus = false) {
  const node = ui.template.content.firstElementChild.cloneNode(true);
  const src = {
    id: `r${state.nextId++}`,
    text, outlet, date,
    mode: mode || (text ? 'read' : 'edit'),
    node,
    textarea: $('.text', node),
    reading: $('.reading', node),
    outletInput: $('.outlet', node),
    dateInput: $('.date', node),
    dateHint: $('.date-hint', node),
    modeBtn: $('.mode-toggle', node),
    removeBtn: $('.remove', node),
    stats: $('.source-stats', node),
    num: $('.source-num', node),
    renderToken: 0,
    view: null, // what the reading view shows: {text, report, items: [{m, mark}], complete}
  };
  node.dataset.id = src.id;
  src.textarea.value = text;
  src.outletInput.value = outlet;
  src.dateInput.value = date;
  src.textarea.addEventListener('input', () => {
    src.text = src.textarea.value;
    checkAfterEdit();
  });
  src.outletInput.addEventListener('input', () => {
    src.outlet = src.outletInput.value;
    relabel();
    checkAfterEdit();
  });
  src.dateInput.addEventListener('change', () => {
    src.date = src.dateInput.validity.valid ? src.dateInput.value : '';
    checkAfterEdit();
  });
  src.modeBtn.addEventListener('click', () => setMode(src, src.mode === 'edit' ? 'read' : 'edit', true));
  src.removeBtn.addEventListener('click', () => removeSource(src));
  state.sources.push(src);
  ui.list.append(node);
  relabel();
  setMode(src, src.mode, false);
  if (focus) src.textarea.focus();
  return src;
}

function removeSource(src) {
  const i = state.sources.indexOf(src);
  if (i < 0) return;
  state.sources.splice(i, 1);
  src.node.remove();
  if (!state.sources.length) addSource({}, false);
  relabel();
  const next = state.sources[Math.min(i, state.sources.length - 1)];
  (next.mode === 'edit' ? next.textarea : next.modeBtn).focus();
  schedule(0);
}

function relabel() {
  state.sources.forEach((src, i) => {
    const name = sourceName(src);
    src.num.textContent = String(i + 1);
    src.node.setAttribute('aria-label', name);
    src.textarea.setAttribute('aria-label', `Text of ${name}`);
    src.outletInput.setAttribute('aria-label', `Outlet of report ${i + 1}`);
    src.dateInput.setAttribute('aria-label', `Publication date of report ${i + 1}`);
    src.removeBtn.setAttribute('aria-label', `Remove ${name}`);
    src.modeBtn.setAttribute('aria-label', `Edit the text of ${name}`);
    src.reading.setAttribute('aria-label', `${name}, with its figures highlighted`);
    src.removeBtn.hidden = state.sources.length === 1 && !src.text;
  });
}

function setMode(src, mode, focus) {
  if (mode === 'read' && !src.text.trim()) mode = 'edit';
  src.mode = mode;
  src.node.dataset.mode = mode;
  const editing = mode === 'edit';
  src.textarea.hidden = !editing;
  src.reading.hidden = editing;
  src.modeBtn.setAttribute('aria-pressed', String(editing));
  src.modeBtn.textContent = editing ? 'Done' : 'Edit text';
  if (!editing) renderReading(src);
  if (focus) (editing ? src.textarea : src.modeBtn).focus();
}

// ---------------------------------------------------------------------------
// Running the engine
// ---------------------------------------------------------------------------

/** Checks the reports after `delay` ms (a task of its own even at 0, so that calls in a row make one check). */
function schedule(delay) {
  clearTimeout(state.timer);
  state.scheduledAt = performance.now();
  state.scheduledDelay = delay;
  state.checkPending = true;
  state.timer = setTimeout(analyse, delay);
}

/**
 * After an edit, checks again after a wait fitted to what recent checks cost
 * (check-delay.js). When they are cheap, the check runs at once, in the same
 * task as the edit: its result is drawn in the frame that shows the typed
 * character, not one frame later.
 */
function checkAfterEdit() {
  const delay = checkDelay.delayFor(textSize());
  if (delay > 0) {
    schedule(delay);
    return;
  }
  clearTimeout(state.timer);
  state.scheduledAt = performance.now();
  state.scheduledDelay = 0;
  analyse();
}

function hasText() {
  return state.sources.some((s) => s.text.trim());
}

/** The size of what a check reads, in characters (cheaper to count than bytes, while typing). */
function textSize() {
  let n = 0;
  for (const s of state.sources) n += s.text.length;
  return n;
}

// The page's own timings, seen in the browser's performance tools and read by
// benches/node/latency.mjs: factcheck:wait (edit -> check starts, detail.delayMs),
// factcheck:engine (the engine's call, as the page waits for it) and
// factcheck:render (drawing the result). Only the latest of each is kept.
function measure(name, start, end, detail) {
  performance.clearMeasures(name);
  performance.measure(name, { start, end, detail });
}

function setStatus(text, busy = false) {
  if (ui.statusText.textContent !== text) ui.statusText.textContent = text;
  ui.spinner.hidden = !busy;
  ui.status.dataset.busy = String(busy);
}

function showAlert(message, kind = 'error') {
  if (!message) { ui.alert.hidden = true; ui.alert.replaceChildren(); return; }
  ui.alert.dataset.kind = kind;
  ui.alert.replaceChildren(h('strong', { text: kind === 'error' ? 'Something went wrong. ' : '' }), message);
  ui.alert.hidden = false;
}

async function analyse() {
  const seq = ++state.seq;
  const begun = performance.now();
  state.checkPending = false;
  measure('factcheck:wait', state.scheduledAt, begun, { delayMs: state.scheduledDelay });
  const size = textSize();
  const docs = state.sources
    .filter((s) => s.text.trim())
    // Without an outlet, the report's label ("Report 2") stands in, so the engine's explanations name it readably.
    .map((s) => ({ id: s.id, text: s.text, outlet: s.outlet.trim() || sourceName(s), date: s.date || null }));
  if (!docs.length) {
    setStatus(state.engineReady ? 'Ready. Paste a report or load the samples.' : 'Loading the checking engine…');
    // Nothing to take down when no result is shown (start() drew the empty page).
    if (!state.report && !state.lastError) return;
    state.report = null;
    state.index = null;
    state.snapshot = new Map();
    state.lastError = null;
    showAlert(null);
    render();
    return;
  }
  const bytes = docs.reduce((n, d) => n + utf8Length(d.text), 0);
  const started = performance.now();
  if (bytes > WORKER_THRESHOLD) setStatus(`Checking ${formatBytes(bytes)} in the background…`, true);
  let report;
  state.waitingForEngine = !state.engineReady;
  // While the engine compiles (off the main thread), load the result's fonts.
  if (state.waitingForEngine) warmUpRendering();
  try {
    report = await engine.reconcile(docs, {}, {
      onProgress: ({ phase }) => {
        if (seq !== state.seq) return;
        ui.progress.hidden = phase !== 'worker';
      },
    });
  } catch (e) {
    state.waitingForEngine = false;
    if (e instanceof Superseded || seq !== state.seq) return;
    ui.progress.hidden = true;
    state.report = null;
    state.index = null;
    state.snapshot = new Map();
    state.lastError = e;
    if (e instanceof EngineCrashed) {
      showAlert('The checking engine stopped on this text and has been restarted. Your text is kept: edit it to try again.');
      setStatus('The check stopped. Your text is kept.');
    } else if (e instanceof EngineUnavailable) {
      showAlert(e.message);
      setStatus('The checking engine is not available.');
    } else {
      showAlert(e.message || String(e));
      setStatus('The check did not run.');
    }
    render();
    return;
  }
  const checked = performance.now();
  state.waitingForEngine = false;
  if (seq !== state.seq) return;
  ui.progress.hidden = true;
  state.lastError = null;
  showAlert(null);
  state.report = report;
  state.index = indexReport(report);
  state.snapshot = new Map(docs.map((d) => [d.id, d.text]));
  if (state.selectedFact && !report.facts.some((f) => f.id === state.selectedFact)) state.selectedFact = null;
  const ms = Math.round(performance.now() - started);
  const figures = report.documents.reduce((n, d) => n + d.mentions.length, 0);
  const counts = countStatuses(report.facts);
  const conflictNote = counts.conflict ? `, ${plural(counts.conflict, 'conflict')}` : '';
  setStatus(`Checked ${plural(docs.length, 'report')}: ${plural(figures, 'figure')}, ${plural(report.facts.length, 'fact')}${conflictNote} · ${ms} ms`);
  render();
  const drawn = performance.now();
  measure('factcheck:engine', started, checked, { bytes, worker: bytes > WORKER_THRESHOLD });
  measure('factcheck:render', checked, drawn);
  checkDelay.record(drawn - begun, size);
}

// ---------------------------------------------------------------------------
// Rendering
//
// render() runs after every check, i.e. while someone types. It redraws only
// what changed: a reading view whose text and figures are unchanged keeps its
// marks (their status and fact are updated in place), and the facts and checks
// lists keep the element of every item that shows the same thing as before.
// ---------------------------------------------------------------------------

let panelFrame = 0; // a deferred renderPanel() is waiting for the next frame

function render() {
  for (const src of state.sources) if (src.mode === 'read') renderReading(src);
  // A first result brings dozens of facts to build and lay out, with fonts to
  // load for them: drawn the frame after the highlights, they do not hold the
  // highlights back. Later results change the lists in place, at once.
  if (!factItems.length && state.report && state.report.facts.length) {
    if (!panelFrame) {
      panelFrame = requestAnimationFrame(() => setTimeout(() => { panelFrame = 0; renderPanel(); }, 0));
    }
  } else {
    if (panelFrame) { cancelAnimationFrame(panelFrame); panelFrame = 0; }
    renderPanel();
  }
}

/** Everything but the reading views: each report's line of figures, the facts, the checks. */
function renderPanel() {
  for (const src of state.sources) renderSourceMeta(src);
  renderFacts();
  ui.exportBtn.disabled = !state.report || !state.report.documents.length;
}

function docResult(src) {
  return state.report ? state.report.documents.find((d) => d.id === src.id) : null;
}

/** Sets a node's text, without touching the DOM when it is already that. */
function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

function renderSourceMeta(src) {
  const doc = docResult(src);
  const fresh = doc && state.snapshot.get(src.id) === src.text;
  if (!src.text.trim()) {
    setText(src.stats, 'Empty: paste a report to check it.');
  } else if (!doc) {
    setText(src.stats, state.lastError ? 'Not checked.' : 'Checking…');
  } else {
    const links = state.index.get(src.id) || [];
    const counts = {};
    for (const l of links) if (l) counts[l.fact.status] = (counts[l.fact.status] || 0) + 1;
    const parts = [plural(doc.mentions.length, 'figure')];
    for (const s of ['conflict', 'disputed', 'revision', 'agree']) {
      if (counts[s]) parts.push(`${counts[s]} ${s === 'agree' ? 'agreeing' : s === 'conflict' ? 'in conflict' : s}`);
    }
    // Rewritten with every result, even when the same: the line is a report's
    // sign that its result came in (and what benches/node/latency.mjs watches).
    src.stats.textContent = `${parts.join(' · ')}${fresh ? '' : ' · updating…'}`;
  }
  const userDate = src.date;
  if (!userDate && doc && doc.date) setText(src.dateHint, `Found in the text: ${formatIso(doc.date)}`);
  else if (!userDate && src.text.trim()) setText(src.dateHint, 'No date found in the text');
  else setText(src.dateHint, '');
}

/**
 * The mentions a reading view marks, in text order, as [mention, index in
 * doc.mentions]: of overlapping spans the first (the longest at a start) is kept.
 */
function markedMentions(doc, text) {
  const sorted = doc.mentions.map((m, i) => [m, i]).sort((a, b) => a[0].start - b[0].start || b[0].end - a[0].end);
  const out = [];
  let pos = 0;
  for (const entry of sorted) {
    const m = entry[0];
    if (m.start < pos || m.end > text.length || m.end <= m.start) continue;
    out.push(entry);
    pos = m.end;
  }
  return out;
}

function sameSpans(items, mentions) {
  if (items.length !== mentions.length) return false;
  for (let k = 0; k < items.length; k++) {
    if (items[k].m.start !== mentions[k][0].start || items[k].m.end !== mentions[k][0].end) return false;
  }
  return true;
}

/** The reading view: the text, with figures as focusable <mark>s. Chunked for big texts. */
function renderReading(src) {
  const text = src.text;
  const doc = docResult(src);
  const fresh = doc && state.snapshot.get(src.id) === text;
  const key = fresh ? state.report : null;
  const view = src.view;
  if (view && view.report === key && view.text === text) {
    applySelection(src);
    return;
  }
  const links = fresh ? state.index.get(src.id) || [] : [];
  const mentions = fresh ? markedMentions(doc, text) : [];
  // The same text with figures at the same places (another report was edited,
  // or an edit changed no figure): update what the marks say, keep the marks.
  if (fresh && view && view.complete && view.text === text && sameSpans(view.items, mentions)) {
    mentions.forEach(([m, i], k) => {
      const item = view.items[k];
      item.m = m;
      updateMark(item.mark, m, i, links[i]);
    });
    view.report = key;
    src.reading.classList.remove('is-stale');
    applySelection(src);
    return;
  }
  const token = ++src.renderToken;
  const items = [];
  src.view = { text, report: key, items, complete: false };
  src.reading.replaceChildren();
  src.reading.setAttribute('role', 'region');
  src.reading.classList.toggle('is-stale', !fresh);
  // Big texts go in blocks that the browser lays out only when scrolled to.
  const segmented = text.length > SEGMENT_CHARS * 2;
  let seg = src.reading;
  let segLength = 0;
  const newSegment = () => {
    seg = document.createElement('div');
    seg.className = 'reading-seg';
    segLength = 0;
    return seg;
  };
  const appendText = (frag, piece) => {
    if (!segmented) { frag.append(document.createTextNode(piece)); return; }
    while (piece) {
      const room = SEGMENT_CHARS - segLength;
      let cut = piece.length;
      if (piece.length > room) {
        const nl = piece.lastIndexOf('\n', Math.max(room, 0));
        cut = nl >= 0 ? nl + 1 : piece.length;
      }
      seg.append(document.createTextNode(piece.slice(0, cut)));
      segLength += cut;
      piece = piece.slice(cut);
      if (piece) frag.append(newSegment());
    }
  };
  let pos = 0;
  let k = 0;
  const step = () => {
    if (token !== src.renderToken) return;
    const frag = document.createDocumentFragment();
    if (segmented && seg === src.reading) frag.append(newSegment());
    const stop = Math.min(mentions.length, k + CHUNK_MARKS);
    for (; k < stop; k++) {
      const [m, i] = mentions[k];
      if (m.start > pos) appendText(frag, text.slice(pos, m.start));
      const mark = markFor(src, m, i, links[i]);
      items.push({ m, mark });
      if (segmented) { seg.append(mark); segLength += m.end - m.start; } else frag.append(mark);
      pos = m.end;
    }
    if (k >= mentions.length) {
      if (pos < text.length) appendText(frag, text.slice(pos));
      src.reading.append(frag);
      src.view.complete = true;
      applySelection(src);
      return;
    }
    src.reading.append(frag);
    requestAnimationFrame(step);
  };
  step();
}

function markLabel(m, link) {
  const info = STATUS_INFO[link ? link.fact.status : 'none'] || STATUS_INFO.none;
  return `${m.text}: ${info.label}${link ? `, ${link.fact.label}` : ''}`;
}

function markFor(src, m, i, link) {
  const mark = document.createElement('mark');
  mark.className = 'hl';
  mark.dataset.status = link ? link.fact.status : 'none';
  mark.dataset.doc = src.id;
  mark.dataset.mention = String(i);
  if (link) mark.dataset.fact = link.fact.id;
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-describedby', 'hl-card');
  mark.setAttribute('aria-label', markLabel(m, link));
  mark.textContent = src.text.slice(m.start, m.end);
  return mark;
}

/** Brings an existing mark up to date with a new result (writing only what differs). */
function updateMark(mark, m, i, link) {
  const status = link ? link.fact.status : 'none';
  if (mark.dataset.status !== status) mark.dataset.status = status;
  const mention = String(i);
  if (mark.dataset.mention !== mention) mark.dataset.mention = mention;
  if (link) {
    if (mark.dataset.fact !== link.fact.id) mark.dataset.fact = link.fact.id;
  } else if (mark.dataset.fact !== undefined) {
    delete mark.dataset.fact;
  }
  const label = markLabel(m, link);
  if (mark.getAttribute('aria-label') !== label) mark.setAttribute('aria-label', label);
}

function applySelection(src) {
  for (const m of src.reading.querySelectorAll('mark.hl.is-selected')) m.classList.remove('is-selected');
  if (!state.selectedFact) return;
  for (const m of src.reading.querySelectorAll(`mark.hl[data-fact="${CSS.escape(state.selectedFact)}"]`)) m.classList.add('is-selected');
}

/** The status filter buttons: made once, then only their counts and states change. */
function renderFilters(counts, total) {
  if (!ui.filters.childElementCount) {
    for (const s of STATUS_ORDER) {
      const btn = h('button', { type: 'button', class: 'filter', 'data-status': s },
        h('span', { class: 'filter-icon', 'aria-hidden': 'true', text: STATUS_INFO[s].icon }),
        h('span', { class: 'filter-label', text: s === 'single' ? 'Single' : STATUS_INFO[s].plural }),
        h('span', { class: 'filter-count' }));
      btn.addEventListener('click', () => {
        if (state.filters.has(s)) state.filters.delete(s); else state.filters.add(s);
        state.factLimit = FACT_PAGE;
        renderFacts();
      });
      ui.filters.append(btn);
    }
  }
  for (const btn of ui.filters.children) {
    const s = btn.dataset.status;
    const pressed = String(state.filters.has(s));
    if (btn.getAttribute('aria-pressed') !== pressed) btn.setAttribute('aria-pressed', pressed);
    const label = `${STATUS_INFO[s].plural}: ${counts[s]}`;
    if (btn.getAttribute('aria-label') !== label) btn.setAttribute('aria-label', label);
    setText(btn.lastElementChild, String(counts[s]));
    if (btn.disabled !== !total) btn.disabled = !total;
  }
}

let factItems = null; // KeyedList of the fact list, made in start()
let checkItems = null; // KeyedList of the checks list

/** How each report is named, numbered and dated in the lists (a change re-renders the items that show it). */
function sourceLabels() {
  const labels = new Map();
  const docDates = new Map((state.report ? state.report.documents : []).map((d) => [d.id, d.date]));
  state.sources.forEach((src, i) => labels.set(src.id, { name: sourceName(src), num: String(i + 1), date: src.date || docDates.get(src.id) || null }));
  return labels;
}

/**
 * What a fact's item shows, as a string: equal strings, equal items. (Not
 * the fact's id: ids are renumbered when facts come and go; the item's id is
 * set apart, without rebuilding it.)
 */
function factKey(fact, labels) {
  const parts = [fact.status, fact.label, fact.kind, fact.explanation];
  for (const c of fact.claims) {
    const l = labels.get(c.doc);
    parts.push(c.doc, l ? `${l.name}|${l.num}|${l.date}` : '', c.text, c.value, c.low, c.high, c.unit, c.kind, c.approx, c.source, c.asOf, c.quote);
  }
  return JSON.stringify(parts);
}

function renderFacts() {
  const report = state.report;
  const facts = report ? report.facts : [];
  const counts = countStatuses(facts);
  renderFilters(counts, facts.length);
  ui.factsEmpty.hidden = Boolean(report && facts.length);
  const empty = report && !facts.length ? 'none' : !report && state.lastError ? 'error' : !report ? 'start' : 'facts';
  if (ui.factsEmpty.dataset.shows !== empty) {
    ui.factsEmpty.dataset.shows = empty;
    if (empty === 'none') {
      ui.factsEmpty.replaceChildren(h('p', { class: 'empty-title', text: 'No figures found yet' }), h('p', { text: 'The reports have no numbers, dates or amounts that the checker recognises.' }));
    } else if (empty === 'error') {
      ui.factsEmpty.replaceChildren(h('p', { class: 'empty-title', text: 'No results' }), h('p', { text: 'The check did not run on the current text. Your text is kept; edit it to try again.' }));
    } else if (empty === 'start') {
      restoreEmpty();
    }
  }
  const visible = sortFacts(facts).filter((f) => state.filters.has(f.status));
  const shown = visible.slice(0, state.factLimit);
  const labels = sourceLabels();
  const extra = report && facts.length && !visible.length ? [h('li', { class: 'fact-none', text: 'No facts with the selected statuses.' })] : [];
  const items = factItems.update(shown.map((fact) => ({ key: factKey(fact, labels), item: { fact, labels } })), extra);
  items.forEach((li, k) => {
    const fact = shown[k];
    const id = `fact-${fact.id}`;
    if (li.id !== id) { li.id = id; li.dataset.fact = fact.id; }
    showSelected(li, state.selectedFact === fact.id);
  });
  ui.more.hidden = visible.length <= shown.length;
  setText(ui.showMore, `Show ${Math.min(FACT_PAGE, visible.length - shown.length)} more of ${visible.length - shown.length}`);
  renderChecks(report, labels);
}

function showSelected(li, on) {
  li.classList.toggle('is-selected', on);
  const b = li.querySelector('.fact-select');
  const pressed = String(on);
  if (b && b.getAttribute('aria-pressed') !== pressed) b.setAttribute('aria-pressed', pressed);
}

let emptyTemplate = null;
function restoreEmpty() {
  if (emptyTemplate && ui.factsEmpty.firstChild !== emptyTemplate[0]) ui.factsEmpty.replaceChildren(...emptyTemplate);
}

/** A fact's item. Its buttons are handled by the list (wireFactEvents), which looks the fact up by the item's id. */
function factItem({ fact, labels }) {
  const li = h('li', { class: 'fact', 'data-status': fact.status, 'data-fact': fact.id, id: `fact-${fact.id}` });
  const select = h('button', { type: 'button', class: 'fact-select', 'aria-pressed': 'false' },
    badge(fact.status),
    h('span', { class: 'fact-label', text: fact.label }),
    h('span', { class: 'fact-kind', text: KIND_LABEL[fact.kind] || fact.kind }));
  li.append(select);
  if (fact.explanation) li.append(h('p', { class: 'fact-expl', text: fact.explanation }));
  const claims = h('ul', { class: 'claims', 'aria-label': `What each report says: ${fact.label}` });
  for (const c of fact.claims.slice(0, CLAIMS_SHOWN)) claims.append(claimItem(c, labels));
  li.append(claims);
  if (fact.claims.length > CLAIMS_SHOWN) {
    const rest = fact.claims.length - CLAIMS_SHOWN;
    li.append(h('div', { class: 'fact-more' }, h('button', { type: 'button', class: 'btn btn-small btn-ghost more-claims', text: `Show ${rest} more ${rest === 1 ? 'claim' : 'claims'}` })));
  }
  const copy = h('button', { type: 'button', class: 'btn btn-small btn-ghost copy-claimreview', 'aria-label': `Copy ClaimReview JSON-LD for: ${fact.label}` },
    h('span', { 'aria-hidden': 'true', class: 'btn-glyph', text: '{ }' }), 'Copy ClaimReview');
  li.append(h('div', { class: 'fact-actions' }, copy));
  return li;
}

function factById(id) {
  return state.report ? state.report.facts.find((f) => f.id === id) : null;
}

function wireFactEvents() {
  ui.factList.addEventListener('click', (e) => {
    const li = e.target.closest('li.fact');
    const fact = li && factById(li.dataset.fact);
    if (!fact) return;
    if (e.target.closest('.fact-select')) {
      selectFact(state.selectedFact === fact.id ? null : fact.id, { scroll: true });
    } else if (e.target.closest('.copy-claimreview')) {
      copyClaimReview(fact);
    } else if (e.target.closest('.more-claims')) {
      const frag = document.createDocumentFragment();
      const labels = sourceLabels();
      for (const c of fact.claims.slice(CLAIMS_SHOWN)) frag.append(claimItem(c, labels));
      li.querySelector('.claims').append(frag);
      e.target.closest('.more-claims').remove();
    }
  });
}

/** A claim in a fact's item; labels: sourceLabels(). */
function claimItem(c, labels) {
  const label = labels.get(c.doc);
  const name = label ? label.name : c.doc;
  const num = label ? label.num : '?';
  const who = h('div', { class: 'claim-who' }, h('span', { class: 'source-chip', 'aria-hidden': 'true', text: num }), h('span', { class: 'claim-outlet', text: name }));
  const date = label && label.date;
  if (date) who.append(h('time', { class: 'claim-date', datetime: date, text: formatIso(date) }));
  const value = h('div', { class: 'claim-value' }, h('strong', { text: c.text }));
  const norm = formatValue(c);
  if (norm && norm !== c.text) value.append(h('span', { class: 'claim-norm', text: norm }));
  const li = h('li', { class: 'claim' }, who, value);
  const meta = [c.source ? `according to ${c.source}` : null, c.asOf ? `as of ${formatIso(c.asOf)}` : null].filter(Boolean).join(', ');
  if (meta) li.append(h('div', { class: 'claim-meta', text: meta }));
  if (c.quote) li.append(quoteWithMark(c.quote, c.text));
  return li;
}

function quoteWithMark(quote, exact) {
  const q = h('blockquote', { class: 'claim-quote' });
  let i = exact ? quote.indexOf(exact) : -1;
  if (i < 0) { q.textContent = quote; return q; }
  // Keep the figure in view: a window of the sentence around it.
  const WINDOW = 90;
  let before = quote.slice(0, i);
  let after = quote.slice(i + exact.length);
  if (before.length > WINDOW) before = `\u2026${before.slice(before.length - WINDOW).replace(/^\S*\s/, '')}`;
  if (after.length > WINDOW) after = `${after.slice(0, WINDOW).replace(/\s\S*$/, '')}\u2026`;
  q.append(document.createTextNode(before), h('mark', { text: exact }), document.createTextNode(after));
  return q;
}

const CHECKS_SHOWN = 20;

function checkItem(c) {
  const src = sourceById(c.doc);
  return h('li', { class: 'check', 'data-holds': String(c.holds) },
    h('span', { class: 'check-icon', 'aria-hidden': 'true', text: c.holds ? '\u2713' : '\u2717' }),
    h('span', { class: 'check-body' },
      h('strong', { text: `${c.holds ? 'Consistent' : 'Inconsistent'}: ${c.a.text} \u2194 ${c.b.text}` }),
      h('span', { class: 'check-where', text: ` in ${src ? sourceName(src) : c.doc}` }),
      h('span', { class: 'check-expl', text: c.explanation })));
}

function renderChecks(report, labels) {
  // Inconsistencies first: they are what a reader needs to see.
  const checks = report ? [...(report.checks || [])].sort((a, b) => Number(a.holds) - Number(b.holds)) : [];
  ui.checks.hidden = !checks.length;
  const extra = [];
  if (checks.length > CHECKS_SHOWN) {
    const more = h('button', { type: 'button', class: 'btn btn-small btn-ghost', text: `Show ${checks.length - CHECKS_SHOWN} more` });
    more.addEventListener('click', () => {
      const frag = document.createDocumentFragment();
      for (const c of checks.slice(CHECKS_SHOWN)) frag.append(checkItem(c));
      more.closest('li').replaceWith(frag);
    });
    extra.push(h('li', { class: 'check-more' }, more));
  }
  const total = report && report.truncated ? report.truncated.checks : checks.length;
  if (total > checks.length) extra.push(h('li', { class: 'check-note', text: `Showing ${formatDecimal(checks.length)} of ${formatDecimal(total)} checks.` }));
  const shown = checks.slice(0, CHECKS_SHOWN);
  checkItems.update(shown.map((c) => ({ key: JSON.stringify([c.holds, c.a.text, c.b.text, c.explanation, c.doc, labels.get(c.doc)?.name]), item: c })), extra);
}

// ---------------------------------------------------------------------------
// Selection and the hover card
// ---------------------------------------------------------------------------

function selectFact(id, { scroll = false, fromMark = false } = {}) {
  state.selectedFact = id;
  for (const li of ui.factList.querySelectorAll('.fact')) {
    const on = li.id === `fact-${id}`;
    li.classList.toggle('is-selected', on);
    const b = li.querySelector('.fact-select');
    if (b) b.setAttribute('aria-pressed', String(on));
  }
  if (!id) { for (const src of state.sources) applySelection(src); return; }
  const fact = state.report && state.report.facts.find((f) => f.id === id);
  if (!fact) return;
  const docs = new Set(fact.claims.map((c) => c.doc));
  for (const src of state.sources) {
    if (docs.has(src.id) && src.mode === 'edit' && document.activeElement !== src.textarea && !fromMark) setMode(src, 'read', false);
    applySelection(src);
  }
  if (scroll && !fromMark) {
    const first = ui.list.querySelector('mark.hl.is-selected');
    if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  if (fromMark) {
    let li = document.getElementById(`fact-${id}`);
    if (!li && !state.filters.has(fact.status)) { state.filters.add(fact.status); renderFacts(); li = document.getElementById(`fact-${id}`); }
    if (!li) { state.factLimit = Infinity; renderFacts(); li = document.getElementById(`fact-${id}`); }
    if (li) li.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }
}

let cardTimer = 0;
let cardMark = null;

function showCardFor(mark) {
  clearTimeout(cardTimer);
  const src = sourceById(mark.dataset.doc);
  const doc = src && docResult(src);
  if (!doc) return;
  const i = Number(mark.dataset.mention);
  const mention = doc.mentions[i];
  const link = (state.index.get(src.id) || [])[i];
  const sources = state.sources.map((s) => ({ id: s.id, name: sourceName(s) }));
  fillCard(ui.card, mention, link ? link.fact : null, link ? link.claim : null, sources, src.id);
  ui.card.hidden = false;
  cardMark = mark;
  placeCard(ui.card, mark.getBoundingClientRect());
}

function hideCard(delay = 0) {
  clearTimeout(cardTimer);
  const go = () => { ui.card.hidden = true; cardMark = null; };
  if (delay) cardTimer = setTimeout(go, delay); else go();
}

function wireReadingEvents() {
  ui.list.addEventListener('pointerover', (e) => {
    const mark = e.target.closest('mark.hl');
    if (mark) { clearTimeout(cardTimer); cardTimer = setTimeout(() => showCardFor(mark), 60); }
  });
  ui.list.addEventListener('pointerout', (e) => {
    const mark = e.target.closest('mark.hl');
    if (mark && !mark.contains(e.relatedTarget)) hideCard(180);
  });
  ui.card.addEventListener('pointerenter', () => clearTimeout(cardTimer));
  ui.card.addEventListener('pointerleave', () => hideCard(180));
  ui.list.addEventListener('focusin', (e) => {
    const mark = e.target.closest('mark.hl');
    if (mark) showCardFor(mark);
  });
  ui.list.addEventListener('focusout', (e) => {
    if (e.target.closest('mark.hl')) hideCard(120);
  });
  ui.list.addEventListener('keydown', (e) => {
    const mark = e.target.closest('mark.hl');
    if (!mark) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (mark.dataset.fact) selectFact(mark.dataset.fact, { fromMark: true });
    }
  });
  ui.list.addEventListener('click', (e) => {
    const mark = e.target.closest('mark.hl');
    if (mark && mark.dataset.fact) selectFact(mark.dataset.fact, { fromMark: true });
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !ui.card.hidden) hideCard();
  });
  window.addEventListener('scroll', () => { if (cardMark && !ui.card.hidden) placeCard(ui.card, cardMark.getBoundingClientRect()); }, { passive: true });
  window.addEventListener('resize', () => { if (cardMark && !ui.card.hidden) placeCard(ui.card, cardMark.getBoundingClientRect()); });
}

// ---------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------

function pageUrl() {
  return location.href.split('#')[0];
}

function exportSources() {
  return state.sources.map((s) => ({ id: s.id, text: state.snapshot.get(s.id) ?? s.text, outlet: s.outlet.trim() || null, date: s.date || null, name: sourceName(s) }));
}

function downloadReport() {
  if (!state.report) return;
  const data = buildExport(state.report, exportSources(), { pageUrl: pageUrl() });
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: `factcheck-report-${new Date().toISOString().slice(0, 10)}.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  toast('Report downloaded.');
}

async function copyClaimReview(fact) {
  const review = buildClaimReview(fact, state.report, exportSources(), { url: `${pageUrl()}#fact-${encodeURIComponent(fact.id)}` });
  const json = JSON.stringify(review, null, 2);
  try {
    await navigator.clipboard.writeText(json);
    toast('ClaimReview JSON-LD copied.');
  } catch {
    ui.dialogText.value = json;
    ui.dialog.showModal();
    ui.dialogText.focus();
    ui.dialogText.select();
  }
}

let toastTimer = 0;
function toast(message) {
  ui.toast.textContent = message;
  ui.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { ui.toast.hidden = true; }, 2600);
}

// ---------------------------------------------------------------------------
// Samples
// ---------------------------------------------------------------------------

let samples = null;

/**
 * The sample reports, [{file, outlet, date, text}], fetched once, in one file
 * (the build writes it: scripts/samples.mjs). index.html preloads it: the
 * button that loads them is the empty page's main action.
 */
function fetchSamples() {
  if (!samples) {
    samples = fetch('samples/reports.json').then((r) => {
      if (!r.ok) throw new Error(`samples/reports.json: ${r.status}`);
      return r.json();
    }).then((bundle) => {
      if (!Array.isArray(bundle.samples) || !bundle.samples.every((s) => typeof s.text === 'string')) {
        throw new Error('samples/reports.json: no list of reports with their texts');
      }
      return bundle.samples;
    });
    samples.catch(() => { samples = null; });
  }
  return samples;
}

async function loadSamples() {
  const buttons = [$('#load-samples'), $('#load-samples-empty')].filter(Boolean);
  for (const b of buttons) b.disabled = true;
  state.loadingSamples = true;
  try {
    const list = await fetchSamples();
    const existing = new Set(state.sources.map((s) => s.text));
    let first = null;
    list.forEach((s) => {
      const text = s.text;
      if (existing.has(text)) return;
      const empty = state.sources.find((x) => !x.text.trim());
      let src;
      if (empty) {
        src = empty;
        src.text = text;
        src.textarea.value = text;
        src.outlet = s.outlet || '';
        src.outletInput.value = src.outlet;
        src.date = s.date || '';
        src.dateInput.value = src.date;
        setMode(src, 'read', false);
      } else {
        src = addSource({ text, outlet: s.outlet || '', date: s.date || '', mode: 'read' });
      }
      first = first || src;
    });
    relabel();
    // Checked in this task, so that no frame shows the texts without their
    // highlights first (when checks are cheap; see checkAfterEdit).
    checkAfterEdit();
    toast(first ? 'Sample reports loaded.' : 'The sample reports are already here.');
  } catch (e) {
    showAlert(`The sample reports could not be loaded (${e.message}). Build them: node scripts/samples.mjs`);
  } finally {
    state.loadingSamples = false;
    for (const b of buttons) b.disabled = false;
  }
}

// ---------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------

function renderLegend() {
  ui.legend.replaceChildren(...STATUS_ORDER.map((s) => h('li', { class: 'legend-item' },
    h('mark', { class: 'hl legend-swatch', 'data-status': s, text: STATUS_INFO[s].label }),
    h('span', { class: 'legend-text', text: STATUS_INFO[s].description }))));
}

let renderingWarm = false;

/**
 * Lays out, out of sight, one of each thing a result shows (a report's text
 * with a mark of every status, a fact with its claims, a check, the hover
 * card), then removes it. The first time a page uses a font at a new size or
 * weight, Chromium asks the browser process how to draw it (on Linux a round
 * trip through fontconfig); a result uses some fifteen that the empty page
 * does not, and all of them would otherwise be fetched in the frame that
 * shows the first result.
 */
function warmUpRendering() {
  if (renderingWarm) return;
  renderingWarm = true;
  const src = { id: 'warm-up', text: STATUS_ORDER.join(' ') };
  const claim = (doc, text) => ({
    doc, mention: 0, start: 0, end: 0, text, value: 1234.5, low: null, high: null, unit: null, kind: 'count', approx: 'about',
    subject: 'people', source: 'officials', asOf: '2026-02', quote: `About ${text} people, officials said.`,
  });
  const fact = { id: 'warm-up', status: 'conflict', label: 'people', kind: 'count', explanation: 'Reports disagree.', claims: [claim('warm-up', '1,234'), claim('other', '1,235')] };
  const labels = new Map([['warm-up', { name: 'Report', num: '1', date: '2026-02-05' }]]);
  let pos = 0;
  const marks = [...STATUS_ORDER, 'none'].map((status, i) => {
    const m = { text: status, start: pos, end: pos + status.length };
    pos = m.end + 1;
    return markFor(src, m, i, status === 'none' ? null : { fact: { ...fact, status } });
  });
  const card = h('div', { class: 'card' });
  fillCard(card, fact.claims[0], fact, fact.claims[0], [{ id: 'warm-up', name: 'Report' }], 'warm-up');
  const box = h('div', { class: 'warm-up', 'aria-hidden': 'true', inert: true },
    h('div', { class: 'source' }, h('div', { class: 'reading' }, ...marks)),
    h('ol', { class: 'fact-list' }, factItem({ fact, labels })),
    h('ul', { class: 'check-list' }, checkItem({ doc: 'warm-up', holds: false, a: fact.claims[0], b: fact.claims[1], explanation: 'Inconsistent.' })),
    card);
  document.body.append(box);
  void box.offsetHeight; // lay it out now
  box.remove();
}

/** Runs fn when the page has nothing else to do (soon, where requestIdleCallback is missing). */
function whenIdle(fn) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 50);
}

function start() {
  // First, so that the engine's download and compilation run while the page is being set up.
  const ready = engine.init();
  factItems = new KeyedList(ui.factList, factItem);
  checkItems = new KeyedList(ui.checkList, checkItem);
  emptyTemplate = [...ui.factsEmpty.childNodes];
  renderLegend();
  wireReadingEvents();
  wireFactEvents();
  addSource({}, false);
  $('#add-source').addEventListener('click', () => addSource({}, true));
  $('#add-source-bottom').addEventListener('click', () => addSource({}, true));
  $('#load-samples').addEventListener('click', loadSamples);
  ui.factsEmpty.addEventListener('click', (e) => { if (e.target.closest('#load-samples-empty')) loadSamples(); });
  ui.exportBtn.addEventListener('click', downloadReport);
  ui.showMore.addEventListener('click', () => { state.factLimit += FACT_PAGE; renderFacts(); });
  render();
  // Ahead of the first result: the samples (index.html preloads them: read
  // them now, so that the button has them at once), the result's fonts (see
  // warmUpRendering; a check that has to wait for the engine does it first)
  // and the first number formatter (it loads the locale's data: 20-30 ms).
  fetchSamples().catch(() => { /* the button says so, if it is pressed */ });
  whenIdle(warmUpRendering);
  whenIdle(prepareFormatting);
  ready.then(() => {
    state.engineReady = true;
    document.documentElement.dataset.engine = 'ready';
    if (!state.report) setStatus('Ready. Paste a report or load the samples.');
    // A check that was waiting for the engine goes on by itself.
    if (state.waitingForEngine) return;
    if (hasText()) {
      schedule(0);
      return;
    }
    // Nothing to check yet: run the engine once on a short text (see
    // Engine.warmUp), so that the first real check is not the one that has V8
    // compile the engine's code. In a task of its own, unless a check has been
    // asked for by then, or the sample reports are on their way: their check
    // is then the first, and a warm-up before it would only hold it back.
    setTimeout(() => { if (!hasText() && !state.checkPending && !state.loadingSamples) engine.warmUp(); }, 0);
  }, (e) => {
    document.documentElement.dataset.engine = 'unavailable';
    showAlert(e.message || String(e));
    setStatus('The checking engine is not available.');
  });
}

start();
