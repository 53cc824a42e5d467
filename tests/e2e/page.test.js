// End-to-end tests of www/index.html in headless Chromium, against the real
// wasm package in www/pkg/ (FACTCHECK_E2E_ENGINE=mock for page work only).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  startServer, launch, openPage, artifact, engineState, requireEngine, seeds, WWW, ENGINE,
} from './helpers.js';

const SEED = seeds();
const [S000, S001, S002, S003] = Object.keys(SEED);

let server;
let browser;

before(async () => {
  requireEngine();
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page, waits for the engine; returns {page, check}. */
async function open(options) {
  const opened = await openPage(browser.context, server, '/index.html', options);
  const state = await engineState(opened.page);
  if (state !== 'ready') {
    const alert = await opened.page.textContent('#alert').catch(() => '');
    assert.fail(`the wasm engine should load; the page says: ${alert.trim()}`);
  }
  return opened;
}

async function loadSamples(page) {
  await page.click('#load-samples');
  await page.waitForFunction(() => document.querySelectorAll('.source').length >= 4
    && [...document.querySelectorAll('.source-stats')].every((s) => /figure/.test(s.textContent) && !/updating|Checking/.test(s.textContent)));
}

/** Fails on any CSP violation, console error, uncaught error or outside request. */
async function assertClean(check, what) {
  const { problems, csp, outside } = await check();
  assert.deepEqual(csp, [], `${what}: Content-Security-Policy violations`);
  assert.deepEqual(problems, [], `${what}: console errors or uncaught exceptions`);
  assert.deepEqual(outside, [], `${what}: requests that left the local server`);
}

/**
 * Runs `body` with the engine's glue replaced by a wrapper around the real
 * one whose reconcile() first runs `before` (JS source: a slow engine, a
 * trap), so the page meets an engine that behaves badly.
 */
async function withWrappedEngine(before, body) {
  const context = browser.context;
  const handler = async (route) => {
    const url = new URL(route.request().url());
    if (url.searchParams.has('real')) return route.continue();
    await route.fulfill({
      contentType: 'text/javascript',
      body: `import init, * as real from '/pkg/factcheck.js?real=1&${url.searchParams.toString()}';
export default init;
export const extract = real.extract;
export const maxInputBytes = real.maxInputBytes;
export function reconcile(docs, options) {
  ${before}
  return real.reconcile(docs, options);
}`,
    });
  };
  await context.route('**/pkg/factcheck.js*', handler);
  try {
    await body();
  } finally {
    await context.unroute('**/pkg/factcheck.js*', handler);
  }
}

/** The mark texts of source n (1-based), in order. */
function marksOf(page, n) {
  return page.$$eval(`.source:nth-child(${n}) .reading mark.hl`, (ms) => ms.map((m) => ({ text: m.textContent, status: m.dataset.status, fact: m.dataset.fact || null })));
}

describe('the fact-check page', { timeout: 120_000 }, () => {
  it('loads the sample reports and highlights their figures', async () => {
    const { page, check } = await open();
    await loadSamples(page);
    await page.waitForSelector('.source:nth-child(1) .reading mark.hl', { timeout: 5000 }).catch(() => {});
    await page.screenshot({ path: artifact('page-samples.png') });

    // The reading views show the seed texts exactly, through text nodes.
    const texts = await page.$$eval('.source .reading', (rs) => rs.map((r) => r.textContent));
    assert.deepEqual(texts, [SEED[S000], SEED[S001], SEED[S002], SEED[S003]]);

    const m0 = await marksOf(page, 1);
    const t0 = m0.map((m) => m.text);
    assert.ok(t0.includes('around 55,000'), `"around 55,000" should be highlighted in ${S000}; highlighted: ${JSON.stringify(t0)}`);
    assert.ok(t0.includes('22 February 2022'), `"22 February 2022" should be highlighted in ${S000}; highlighted: ${JSON.stringify(t0)}`);
    assert.ok(t0.includes('43,000'), `"43,000" should be highlighted in ${S000}`);
    const t2 = (await marksOf(page, 3)).map((m) => m.text);
    assert.ok(t2.includes('46,000'), `"46,000" should be highlighted in ${S002}; highlighted: ${JSON.stringify(t2)}`);
    assert.ok(t2.includes('February 24 2022'), `"February 24 2022" should be highlighted in ${S002}`);
    const t3 = (await marksOf(page, 4)).map((m) => m.text);
    assert.ok(t3.includes('minus 20 degrees Celsius'), `"minus 20 degrees Celsius" should be highlighted in ${S003}; highlighted: ${JSON.stringify(t3)}`);

    // "France 2" is a channel's name, not a figure.
    const all = await page.$$eval('mark.hl', (ms) => ms.map((m) => m.textContent));
    assert.ok(!all.some((t) => /France 2/.test(t) || t === '2'), `"France 2" must not be highlighted: ${JSON.stringify(all.filter((t) => /2/.test(t)))}`);

    // Every highlight is focusable, announced as a button, and carries a status cue.
    const bad = await page.$$eval('.reading mark.hl', (ms) => ms.filter((m) => m.tabIndex !== 0 || m.getAttribute('role') !== 'button' || !m.dataset.status || !m.getAttribute('aria-label')).length);
    assert.equal(bad, 0, 'every highlight should be focusable with a role, a status and a label');

    // The date each report gives is picked up from its text.
    const hint1 = await page.textContent('.source:nth-child(1) .date-hint');
    assert.match(hint1, /5 Feb 2026/, 'the publication date of the first sample is read from its text');
    await assertClean(check, 'samples');
    await page.close();
  });

  it('shows the two seed conflicts: 46,000 and February 24 2022', async () => {
    const { page, check } = await open();
    await loadSamples(page);
    const conflicts = await page.$$eval('.fact[data-status="conflict"]', (fs) => fs.map((f) => ({
      label: f.querySelector('.fact-label').textContent,
      claims: [...f.querySelectorAll('.claim-value strong')].map((s) => s.textContent),
    })));
    const toll = conflicts.find((f) => f.claims.includes('46,000'));
    assert.ok(toll, `a conflict fact should involve "46,000"; conflicts: ${JSON.stringify(conflicts)}`);
    assert.ok(toll.claims.includes('43,000'), `the 46,000 conflict should be against 43,000: ${JSON.stringify(toll)}`);
    const date = conflicts.find((f) => f.claims.includes('February 24 2022'));
    assert.ok(date, `a conflict fact should involve "February 24 2022"; conflicts: ${JSON.stringify(conflicts)}`);
    assert.ok(date.claims.some((c) => /22/.test(c)), `the February 24 conflict should be against 22 February: ${JSON.stringify(date)}`);

    // Conflicts come first and are counted in the filter bar.
    const order = await page.$$eval('.fact', (fs) => fs.map((f) => f.dataset.status));
    const rank = ['conflict', 'disputed', 'revision', 'agree', 'single'];
    assert.deepEqual(order, [...order].sort((a, b) => rank.indexOf(a) - rank.indexOf(b)), 'facts are sorted by status');
    const count = await page.textContent('.filter[data-status="conflict"] .filter-count');
    assert.equal(Number(count), conflicts.length);

    // The highlights of those claims show the conflict (colour + wavy underline + icon).
    const m2 = await marksOf(page, 3);
    assert.equal(m2.find((m) => m.text === '46,000')?.status, 'conflict');
    const style = await page.$eval('.source:nth-child(3) mark.hl[data-status="conflict"]', (m) => {
      const cs = getComputedStyle(m);
      return { line: cs.textDecorationStyle, after: getComputedStyle(m, '::after').content };
    });
    assert.equal(style.line, 'wavy', 'a conflict is underlined with a wavy line, not only coloured');
    assert.match(style.after, /≠/, 'a conflict carries an icon');

    // Selecting a fact marks its mentions in every report.
    await page.click(`.fact[data-status="conflict"]:has(.claim-value strong:text-is("46,000")) .fact-select`);
    const selected = await page.$$eval('mark.hl.is-selected', (ms) => ms.map((m) => [m.closest('.source').dataset.id, m.textContent]));
    assert.ok(selected.some(([, t]) => t === '46,000') && selected.some(([, t]) => t === '43,000'), `selected marks: ${JSON.stringify(selected)}`);
    assert.ok(new Set(selected.map(([d]) => d)).size >= 3, 'the selection spans several reports');

    // Filtering by status.
    await page.click('.filter[data-status="single"]');
    assert.equal(await page.$$eval('.fact[data-status="single"]', (fs) => fs.length), 0);
    assert.equal(await page.getAttribute('.filter[data-status="single"]', 'aria-pressed'), 'false');
    await page.screenshot({ path: artifact('page-conflicts.png') });
    await assertClean(check, 'conflicts');
    await page.close();
  });

  it('updates the results while the reader types', async () => {
    const { page, check } = await open();
    const box = page.locator('.source:nth-child(1) textarea');
    await box.click();
    await box.pressSequentially('Witkoff said 314 prisoners were swapped', { delay: 5 });
    await page.waitForFunction(() => /[1-9]\d* figures?/.test(document.querySelector('.source:nth-child(1) .source-stats').textContent), null, { timeout: 10_000 });
    await box.pressSequentially(' and 157 Ukrainians came home.', { delay: 5 });
    await page.waitForFunction(() => /(^|\D)2 figures/.test(document.querySelector('.source:nth-child(1) .source-stats').textContent), null, { timeout: 10_000 });
    await page.click('.source:nth-child(1) .mode-toggle');
    const marks = (await marksOf(page, 1)).map((m) => m.text);
    assert.deepEqual(marks, ['314', '157']);

    // A second report: the 314 figure becomes a fact both give.
    await page.click('#add-source');
    await page.locator('.source:nth-child(2) textarea').fill('Officials confirmed that 314 prisoners were exchanged.');
    await page.waitForFunction(() => [...document.querySelectorAll('.fact')].some((f) => f.querySelectorAll('.claim').length >= 2), null, { timeout: 10_000 });
    const status = await page.$eval('.source:nth-child(1) mark.hl', (m) => m.dataset.status);
    assert.equal(status, 'agree', 'two reports that both say 314 agree');
    await assertClean(check, 'typing');
    await page.close();
  });

  it('checks at once while checks are quick, and waits for a pause in the typing when they are slow', async () => {
    // The page's wait before each check: its factcheck:wait measure (the latest one).
    const lastWait = (page) => page.evaluate(() => {
      const m = performance.getEntriesByName('factcheck:wait', 'measure').at(-1);
      return m && { delayMs: m.detail.delayMs, waitedMs: m.duration };
    });
    const figures = (page) => page.waitForFunction(() => /[1-9]\d* figures?/.test(document.querySelector('.source:nth-child(1) .source-stats').textContent), null, { timeout: 10_000 });

    // Types into the first report, waits for its figures, and gives the
    // page's last wait before a check.
    const typeAndCheck = async (text, delay) => {
      const { page, check } = await open();
      const box = page.locator('.source:nth-child(1) textarea');
      await box.click();
      await box.pressSequentially(text, { delay });
      await figures(page);
      return { page, check, wait: await lastWait(page) };
    };

    // Quick checks (a short report): each keystroke is checked with no wait.
    {
      const { page, check, wait } = await typeAndCheck('Officials said 314 prisoners were swapped on 5 February', 30);
      assert.equal(wait?.delayMs, 0, `a cheap check runs at once: ${JSON.stringify(wait)}`);
      await assertClean(check, 'quick checks');
      await page.close();
    }

    // Slow checks (an engine that takes 80 ms per check): the page waits for a
    // pause in proportion, and the result still comes.
    await withWrappedEngine(`const end = performance.now() + 80;
  while (performance.now() < end) { /* a slow engine */ }`, async () => {
      // Slow enough that every keystroke's check is done before the next key.
      const { page, check, wait } = await typeAndCheck('314 prisoners', 700);
      assert.ok(wait && wait.delayMs >= 100, `after 80 ms checks, the page waits for a pause before checking: ${JSON.stringify(wait)}`);
      assert.ok(wait.waitedMs >= 100, `and it did wait: ${JSON.stringify(wait)}`);
      await assertClean(check, 'slow checks');
      await page.close();
    });
  });

  it('can be used with the keyboard alone', async () => {
    const { page, check } = await open();
    await loadSamples(page);
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    let onMark = false;
    for (let i = 0; i < 40 && !onMark; i++) {
      await page.keyboard.press('Tab');
      onMark = await page.evaluate(() => document.activeElement?.matches('mark.hl'));
    }
    assert.ok(onMark, 'Tab reaches a highlighted figure');
    const card = page.locator('#hl-card');
    await card.waitFor({ state: 'visible', timeout: 2000 });
    const focused = await page.evaluate(() => document.activeElement.textContent);
    const cardText = await card.textContent();
    assert.ok(cardText.includes(focused), `the card describes the focused figure "${focused}": ${cardText}`);
    assert.match(cardText, /Kind/);
    const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(focusRing, 'none', 'the focused highlight shows a focus ring');
    await page.screenshot({ path: artifact('page-keyboard.png') });

    // Enter selects its fact in the panel; Escape closes the card.
    const fact = await page.evaluate(() => document.activeElement.dataset.fact);
    if (fact) {
      await page.keyboard.press('Enter');
      const pressed = await page.getAttribute(`[id="fact-${fact}"] .fact-select`, 'aria-pressed');
      assert.equal(pressed, 'true');
    }
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 2000 });

    // Tab on: the next figure gets the card.
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('mark.hl'))) await card.waitFor({ state: 'visible', timeout: 2000 });
    await assertClean(check, 'keyboard');
    await page.close();
  });

  it('never runs HTML or script that is pasted in', async () => {
    const { page, check } = await open();
    const payloads = [
      '<img src=x onerror=window.__xss=1>',
      '<script>window.__xss=1</script>',
      '<a href="javascript:window.__xss=1">x</a>',
      '<svg onload=window.__xss=1></svg><iframe src="javascript:window.__xss=1"></iframe>',
    ];
    const text = `${payloads.join(' ')} In total 314 prisoners <b onmouseover=window.__xss=1>were</b> swapped on 5 February 2026.`;
    await page.locator('.source:nth-child(1) textarea').fill(text);
    await page.locator('.source:nth-child(1) .outlet').fill('<img src=x onerror=window.__xss=1>');
    await page.click('#add-source');
    await page.locator('.source:nth-child(2) textarea').fill(`<img src=x onerror=window.__xss=1> 314 prisoners were exchanged. ${payloads[1]}`);
    await page.waitForFunction(() => /figure/.test(document.querySelector('.source:nth-child(2) .source-stats').textContent));
    await page.click('.source:nth-child(1) .mode-toggle');
    await page.click('.source:nth-child(2) .mode-toggle');
    await page.hover('.source:nth-child(1) mark.hl').catch(() => {});
    for (const m of await page.$$('mark.hl')) await m.focus();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
    assert.equal(await page.$$eval('img', (is) => is.length), 0, 'no <img> element was created');
    assert.equal(await page.$$eval('.reading script, .reading iframe, .reading svg, .reading a, .reading b, .fact-list img', (n) => n.length), 0);
    const shown = await page.textContent('.source:nth-child(1) .reading');
    assert.equal(shown, text, 'the payloads show as text');
    await assertClean(check, 'xss');
    await page.close();
  });

  it('downloads the report with W3C Web Annotation selectors, and copies ClaimReview JSON-LD', async () => {
    const { page, check } = await open();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await loadSamples(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const file = artifact('report.json');
    await download.saveAs(file);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(data.documents.length, 4);
    assert.equal(data.documents[0].text, SEED[S000]);
    assert.ok(data.facts.length > 0, 'the report has facts');
    for (const fact of data.facts) {
      for (const claim of fact.claims) {
        const doc = data.documents.find((d) => d.id === claim.doc);
        const [quote, position] = claim.target.selector;
        assert.equal(quote.type, 'TextQuoteSelector');
        assert.equal(quote.exact, claim.text);
        assert.equal(doc.text.slice(claim.start, claim.end), quote.exact);
        assert.ok(doc.text.slice(0, claim.start).endsWith(quote.prefix));
        assert.ok(doc.text.slice(claim.end).startsWith(quote.suffix));
        assert.equal(position.type, 'TextPositionSelector');
        assert.equal([...doc.text].slice(position.start, position.end).join(''), quote.exact, 'TextPositionSelector counts code points');
      }
    }
    assert.equal(data.facts[0].status, 'conflict', 'conflicts come first in the export');

    await page.click('.fact[data-status="conflict"] .copy-claimreview');
    await page.locator('#toast').waitFor({ state: 'visible' });
    const review = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(review['@context'], 'https://schema.org');
    assert.equal(review['@type'], 'ClaimReview');
    assert.ok(review.claimReviewed);
    assert.equal(review.reviewRating['@type'], 'Rating');
    assert.equal(review.reviewRating.alternateName, 'Conflicting reports');
    assert.equal(review.itemReviewed['@type'], 'Claim');
    assert.ok(review.itemReviewed.appearance.length >= 2);
    assert.ok(review.itemReviewed.appearance.every((a) => a.datePublished), 'each appearance has its date');
    assert.match(review.url, /^http:\/\/127\.0\.0\.1:\d+\/index\.html#fact-/);
    await assertClean(check, 'export');
    await page.close();
  });

  it('checks a 1 MB paste in a Web Worker and stays responsive', async () => {
    const { page, check } = await open();
    const big = Object.values(SEED).join('\n\n');
    const copies = Math.ceil(1_000_000 / big.length);
    // Paste 1 MB. Chromium's own layout of the textarea takes a moment; after
    // that, a probe counts how long the main thread is ever blocked by the page.
    await page.evaluate(async ({ big, copies }) => {
      const ta = document.querySelector('.source:nth-child(1) textarea');
      ta.value = Array.from({ length: copies }, () => big).join('\n\n');
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      window.__lag = 0;
      window.__lags = [];
      let last = performance.now();
      window.__probe = setInterval(() => {
        const now = performance.now();
        const gap = now - last - 25;
        if (gap > 100) window.__lags.push(`${Math.round(gap)} ms at ${Math.round(now)}`);
        window.__lag = Math.max(window.__lag, gap);
        last = now;
      }, 25);
    }, { big, copies });
    await page.locator('#progress').waitFor({ state: 'visible', timeout: 5000 });
    assert.match(await page.textContent('#run-status'), /in the background/);
    // While the worker runs, the page answers.
    const t0 = Date.now();
    await page.click('#add-source');
    assert.ok(Date.now() - t0 < 1500, 'a click is handled while the check runs');
    await page.waitForFunction(() => /\d figures/.test(document.querySelector('.source:nth-child(1) .source-stats').textContent)
      && !/updating/.test(document.querySelector('.source:nth-child(1) .source-stats').textContent), null, { timeout: 90_000 });
    await page.locator('#progress').waitFor({ state: 'hidden' });
    await page.click('.source:nth-child(1) .mode-toggle');
    await page.waitForFunction(() => document.querySelector('.source:nth-child(1) .reading').textContent.length > 1_000_000, null, { timeout: 30_000 });
    const { lag, lags } = await page.evaluate(() => { clearInterval(window.__probe); return { lag: window.__lag, lags: window.__lags }; });
    assert.ok(page.workers().some((w) => w.url().endsWith('/fact-check.js')), 'the big check ran in a module worker');
    assert.ok(lag < 1000, `the main thread was blocked for ${Math.round(lag)} ms (blocks: ${lags.join(', ')})`);
    await page.screenshot({ path: artifact('page-1mb.png') });
    await assertClean(check, '1 MB');
    await page.close();
  });

  it('recovers when the engine traps, keeping the text', async () => {
    // Wrap the glue so that reconcile traps on a marker, like a wasm panic would.
    await withWrappedEngine(`if (JSON.stringify(docs).includes('TRAP_HERE')) throw new WebAssembly.RuntimeError('unreachable');`, async () => {
      const { page, check } = await open();
      const box = page.locator('.source:nth-child(1) textarea');
      await box.fill('TRAP_HERE 314 prisoners were exchanged.');
      await page.locator('#alert').waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await page.textContent('#alert'), /restarted/);
      assert.equal(await box.inputValue(), 'TRAP_HERE 314 prisoners were exchanged.', 'the text is kept');
      await page.screenshot({ path: artifact('page-crash.png') });
      await box.fill('314 prisoners were exchanged.');
      await page.locator('#alert').waitFor({ state: 'hidden', timeout: 10_000 });
      await page.waitForFunction(() => /figure/.test(document.querySelector('.source:nth-child(1) .source-stats').textContent));
      const { problems } = await check();
      assert.deepEqual(problems, []);
      await page.close();
    });
  });

  it('says what to do when the browser cannot compile the engine', async () => {
    // A module this browser cannot compile, as one without WebAssembly SIMD
    // would find ours: the magic number, then a version that does not exist.
    const context = browser.context;
    const handler = (route) => route.fulfill({ contentType: 'application/wasm', body: Buffer.from([0, 0x61, 0x73, 0x6d, 0xff, 0, 0, 0]) });
    await context.route('**/pkg/factcheck_bg.wasm*', handler);
    try {
      const { page } = await openPage(context, server, '/index.html');
      assert.equal(await engineState(page), 'unavailable');
      await page.locator('#alert').waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await page.textContent('#alert'), /needs WebAssembly SIMD/);
      // Typing still works and keeps the text; the alert stays.
      await page.locator('.source:nth-child(1) textarea').fill('314 prisoners were exchanged.');
      await page.waitForTimeout(300);
      assert.equal(await page.locator('.source:nth-child(1) textarea').inputValue(), '314 prisoners were exchanged.', 'the text is kept');
      assert.match(await page.textContent('#alert'), /needs WebAssembly SIMD/);
      await page.close();
    } finally {
      await context.unroute('**/pkg/factcheck_bg.wasm*', handler);
    }
  });

  it('looks finished: screenshots at desktop, phone and dark mode', async () => {
    const shots = [
      { name: 'page-desktop-light.png', viewport: { width: 1360, height: 900 }, colorScheme: 'light' },
      { name: 'page-desktop-dark.png', viewport: { width: 1360, height: 900 }, colorScheme: 'dark' },
      { name: 'page-phone.png', viewport: { width: 390, height: 844 }, colorScheme: 'light' },
    ];
    for (const shot of shots) {
      const { page, check } = await open({ viewport: shot.viewport, colorScheme: shot.colorScheme });
      await loadSamples(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${shot.name}: the page scrolls sideways by ${overflow}px`);
      const conflict = page.locator('.source:nth-child(1) mark.hl[data-status="conflict"]').first();
      const mark = (await conflict.count()) ? conflict : page.locator('.source:nth-child(1) mark.hl').first();
      await page.locator('#toast').waitFor({ state: 'hidden', timeout: 5000 });
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await page.locator('#hl-card').waitFor({ state: 'visible' });
      await page.waitForTimeout(200);
      await page.screenshot({ path: artifact(shot.name) });
      if (shot.name === 'page-desktop-light.png' && ENGINE === 'real' && process.env.FACTCHECK_UPDATE_SCREENSHOT) {
        await page.screenshot({ path: path.join(WWW, 'img', 'screenshot.png') });
      }
      await assertClean(check, shot.name);
      await page.close();
    }
  });
});
