// Unit tests of the page's pure helpers (no browser): value formatting,
// W3C selectors, schema.org ClaimReview.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatValue, formatIso, formatDecimal, annotationTarget, buildExport, buildClaimReview, sortFacts, countStatuses, indexReport, utf8Length,
} from '../../www/fact-check.js';

const m = (o) => ({ text: '', start: 0, end: 0, kind: 'count', value: 0, low: null, high: null, unit: null, approx: 'exact', subject: null, source: null, asOf: null, ...o });

describe('formatting', () => {
  it('reads numbers, qualifiers and intervals', () => {
    assert.equal(formatValue(m({ value: 55000, approx: 'about' })), 'about 55,000');
    assert.equal(formatValue(m({ value: 70000, low: 70000, approx: 'more_than' })), '> 70,000');
    assert.equal(formatValue(m({ value: 140000, high: 140000, approx: 'up_to' })), '≤ 140,000');
    assert.equal(formatValue(m({ value: 20000, low: 20000, high: 99999, approx: 'vague' })), 'roughly 20,000 – 99,999');
    assert.equal(formatValue(m({ kind: 'percent', value: 31, unit: '%' })), '31%');
    assert.equal(formatValue(m({ kind: 'measure', value: -20, unit: '°C' })), '-20°C');
    assert.equal(formatValue(m({ kind: 'measure', value: 1000, unit: 'km', approx: 'about' })), 'about 1,000 km');
    assert.equal(formatValue(m({ kind: 'money', value: 4.5e9, unit: 'USD' })), '$4,500,000,000');
    assert.equal(formatValue(m({ kind: 'ordinal', value: 2 })), '2nd');
  });
  it('reads ISO dates, weeks, periods and durations', () => {
    assert.equal(formatIso('2022-02-22'), '22 Feb 2022');
    assert.equal(formatIso('2024-12'), 'December 2024');
    assert.equal(formatIso('2026-W06'), 'week 6 of 2026');
    assert.equal(formatIso('2021-09/2021-11'), 'September 2021 – November 2021');
    assert.equal(formatIso('P5M'), '5 months');
    assert.equal(formatIso('P1Y'), '1 year');
    assert.equal(formatIso('2026-02-05T19:45'), '5 Feb 2026, 19:45');
  });
  it('writes numbers as toLocaleString(\'en-GB\') does (whole numbers without a formatter)', () => {
    const numbers = [0, -0, 1, -1, 12, 999, 1000, -1000, 55000, 1234567, -1234567, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 1e21, 0.5, 1234.5678, -0.00012345, 4.5e9];
    let seed = 12345; // a fixed sequence of pseudo-random numbers of every length
    const next = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    for (let i = 0; i < 2000; i++) numbers.push(Math.round((next() - 0.5) * 10 ** (i % 17)));
    for (const n of numbers) {
      for (const d of [2, 3, 4]) {
        assert.equal(formatDecimal(n, d), n.toLocaleString('en-GB', { maximumFractionDigits: d }), `${n}, at most ${d} decimals`);
      }
    }
  });
  it('counts UTF-8 bytes', () => {
    assert.equal(utf8Length('a€😀'), 1 + 3 + 4);
  });
});

describe('exports', () => {
  const text = 'Zelensky 😀 said around 55,000 soldiers died.';
  const start = text.indexOf('around');
  const end = start + 'around 55,000'.length;
  const claim = { doc: 'a', mention: 0, start, end, text: 'around 55,000', value: 55000, low: null, high: null, unit: null, approx: 'about', subject: 'soldier killed', source: 'Zelensky', asOf: null, quote: text };
  const report = {
    documents: [{ id: 'a', outlet: null, date: '2026-02-05', mentions: [m({ ...claim })] }, { id: 'b', outlet: 'B', date: null, mentions: [m({ text: '46,000', start: 0, end: 6, value: 46000 })] }],
    facts: [
      { id: 'f2', label: 'x', kind: 'count', status: 'single', explanation: '', claims: [claim] },
      { id: 'f1', label: 'Soldiers killed', kind: 'count', status: 'conflict', explanation: 'They differ.', claims: [claim, { ...claim, doc: 'b', start: 0, end: 6, text: '46,000', value: 46000, quote: '46,000 died' }] },
    ],
    checks: [],
  };
  const sources = [{ id: 'a', text, outlet: 'Outlet A', date: null, name: 'Outlet A' }, { id: 'b', text: '46,000 died', outlet: 'B', date: '2026-02-06', name: 'B' }];

  it('anchors spans with TextQuoteSelector and TextPositionSelector (code points)', () => {
    const t = annotationTarget('urn:x', text, start, end, 8);
    assert.deepEqual(t.selector[0], { type: 'TextQuoteSelector', exact: 'around 55,000', prefix: '😀 said ', suffix: ' soldier' });
    assert.deepEqual(t.selector[1], { type: 'TextPositionSelector', start: start - 1, end: end - 1 });
  });
  it('builds the downloadable report, conflicts first', () => {
    const out = buildExport(report, sources, { pageUrl: 'http://x/', created: new Date('2026-02-07T00:00:00Z') });
    assert.equal(out.facts[0].id, 'f1');
    assert.equal(out.documents[0].text, text);
    assert.equal(out.documents[0].dateGivenBy, 'text');
    assert.equal(out.documents[1].dateGivenBy, 'reader');
    assert.equal(out.facts[0].claims[1].target.selector[0].exact, '46,000');
    assert.deepEqual(out.counts, { conflict: 1, disputed: 0, revision: 0, agree: 0, single: 1 });
  });
  it('builds schema.org ClaimReview', () => {
    const r = buildClaimReview(report.facts[1], report, sources, { url: 'http://x/#fact-f1', datePublished: new Date('2026-02-07T00:00:00Z') });
    assert.equal(r['@type'], 'ClaimReview');
    assert.equal(r.url, 'http://x/#fact-f1');
    assert.equal(r.datePublished, '2026-02-07');
    assert.equal(r.reviewRating.alternateName, 'Conflicting reports');
    assert.equal(r.itemReviewed.appearance.length, 2);
    assert.deepEqual(r.itemReviewed.appearance.map((a) => [a.publisher?.name, a.datePublished]), [['Outlet A', '2026-02-05'], ['B', '2026-02-06']]);
    assert.equal(r.itemReviewed.datePublished, '2026-02-05');
    assert.match(r.claimReviewed, /around 55,000/);
  });
  it('sorts, counts and indexes facts', () => {
    assert.deepEqual(sortFacts(report.facts).map((f) => f.id), ['f1', 'f2']);
    assert.equal(countStatuses(report.facts).conflict, 1);
    const index = indexReport(report);
    assert.equal(index.get('a')[0].fact.id, 'f1', 'a mention in several facts shows its most severe status');
    assert.equal(index.get('b')[0].fact.id, 'f1');
  });
});
