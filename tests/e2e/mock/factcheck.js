// A stand-in for the wasm-bindgen glue (www/pkg/factcheck.js), with the same
// JS API, for working on the page while the Rust engine is being written.
// Served only when FACTCHECK_E2E_ENGINE=mock; the tests' default is the real
// package. Crude on purpose: regular expressions, no frames.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON = MONTHS.join('|') + '|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const APPROX = [
  [/^(around|about|roughly|some|an estimated) /i, 'about'],
  [/^(almost|nearly|close to) /i, 'almost'],
  [/^just under /i, 'just_under'],
  [/^(more than|over) /i, 'more_than'],
  [/^at least /i, 'at_least'],
  [/^up to /i, 'up_to'],
];
const month = (s) => {
  const i = MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().slice(0, 3)));
  return String(i + 1).padStart(2, '0');
};

const PATTERNS = [
  { kind: 'date', re: new RegExp(`\\b(\\d{1,2}) (${MON}) (\\d{4})\\b`, 'gi'), value: (m) => `${m[3]}-${month(m[2])}-${m[1].padStart(2, '0')}` },
  { kind: 'date', re: new RegExp(`\\b(${MON})\\.? (\\d{1,2}),? (\\d{4})\\b`, 'gi'), value: (m) => `${m[3]}-${month(m[1])}-${m[2].padStart(2, '0')}` },
  { kind: 'date', re: new RegExp(`\\b(${MON}) (\\d{4})\\b`, 'gi'), value: (m) => `${m[2]}-${month(m[1])}` },
  { kind: 'date', re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, value: (m) => m[0] },
  { kind: 'duration', re: /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+) (months?|years?|days?|weeks?)\b/gi, value: (m) => `P${WORDS[m[1].toLowerCase()] || m[1]}${m[2][0].toUpperCase() === 'W' ? 'W' : m[2][0].toUpperCase()}` },
  { kind: 'percent', re: /\b(\d+(?:\.\d+)?)(%| per cent)/g, value: (m) => Number(m[1]), unit: '%' },
  { kind: 'measure', re: /\b(?:roughly )?(\d[\d,]*)(km|-mile)\b/g, value: (m) => Number(m[1].replace(/,/g, '')), unit: (m) => (m[2] === 'km' ? 'km' : 'mi') },
  { kind: 'count', re: /\b(?:(?:around|about|roughly|almost|nearly|just under|more than|up to|at least|over) )?\d{1,3}(?:,\d{3})+\b|\b\d{2,3}\b(?= (?:prisoners|Ukrainians|drones|Ukrainian))/gi, value: (m) => Number(m[0].replace(/^[^\d]+/, '').replace(/,/g, '')) },
];

export function extract(text, options = {}) {
  if (typeof text !== 'string') throw new Error('factcheck: text must be a string');
  if (options && options.date && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new Error(`factcheck: the publication date "${options.date}" is not a date; give it as YYYY-MM-DD, e.g. 2026-02-05`);
  const found = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m;
    while ((m = p.re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      let approx = 'exact';
      for (const [re, a] of APPROX) if (re.test(m[0])) approx = a;
      const value = p.value(m);
      const unit = typeof p.unit === 'function' ? p.unit(m) : p.unit || null;
      found.push({
        text: m[0], start, end, kind: p.kind, value,
        low: approx === 'more_than' || approx === 'at_least' ? value : null,
        high: approx === 'up_to' || approx === 'just_under' ? value : null,
        unit, approx, subject: p.kind === 'count' ? guessSubject(text, end) : null, source: null, asOf: null,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function guessSubject(text, end) {
  const m = /^\s+([A-Za-z]+(?: [a-z]+)?)/.exec(text.slice(end, end + 40));
  return m ? m[1].toLowerCase() : null;
}

function sentence(text, start, end) {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b])) b++;
  return text.slice(a, Math.min(text.length, b + 1)).trim();
}

export function reconcile(documents, options = {}) {
  if (!Array.isArray(documents)) throw new Error('factcheck: documents must be an array of {id, text, outlet?, date?}');
  const ids = new Set();
  const out = { documents: [], facts: [], checks: [] };
  const groups = new Map();
  for (const d of documents) {
    if (ids.has(d.id)) throw new Error(`factcheck: two documents have the id "${d.id}"; give each document its own id`);
    ids.add(d.id);
    if (String(d.text).includes('__mock_trap__')) throw new WebAssembly.RuntimeError('unreachable');
    const mentions = extract(d.text, { date: d.date || options.date });
    const dated = mentions.find((m) => m.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(m.value) && m.value > '2025');
    out.documents.push({ id: d.id, outlet: d.outlet || null, date: d.date || (dated ? dated.value : null), mentions });
    mentions.forEach((m, i) => {
      if (m.kind === 'duration' && m.value === 'P4Y') return;
      let key = `${m.kind}:${m.value}`;
      let label = `${m.text}${m.subject ? ` ${m.subject}` : ''}`;
      if (m.kind === 'count' && (m.value === 43000 || m.value === 46000)) { key = 'previous-toll'; label = 'Previous published death toll'; }
      if (m.kind === 'date' && /^2022-02(-2[24])?$/.test(m.value)) { key = 'invasion'; label = 'Date the full-scale invasion began'; }
      if (!groups.has(key)) groups.set(key, { label, kind: m.kind, claims: [] });
      groups.get(key).claims.push({
        doc: d.id, mention: i, start: m.start, end: m.end, text: m.text, value: m.value, low: m.low, high: m.high,
        unit: m.unit, approx: m.approx, subject: m.subject, source: m.source, asOf: m.asOf, quote: sentence(d.text, m.start, m.end),
      });
    });
  }
  let n = 0;
  for (const [key, g] of groups) {
    const docs = new Set(g.claims.map((c) => c.doc));
    const values = new Set(g.claims.filter((c) => !/^\d{4}-\d{2}$/.test(c.value)).map((c) => String(c.value)));
    let status = docs.size > 1 ? 'agree' : 'single';
    if (docs.size > 1 && values.size > 1) status = 'conflict';
    if (key === 'count:55000' && docs.size > 1) status = 'agree';
    const explanation = status === 'conflict'
      ? `The reports disagree: ${[...values].join(' against ')}.`
      : status === 'agree' ? `${docs.size} reports give the same figure.` : 'Only one report gives this figure.';
    out.facts.push({ id: `f${++n}`, label: g.label, kind: g.kind, status, explanation, claims: g.claims });
  }
  return out;
}

export function maxInputBytes() {
  return 16 * 1024 * 1024;
}

export default async function init() {
  return {};
}
