// End-to-end tests of the <fact-check> element on www/embed.html.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, artifact, requireEngine } from './helpers.js';

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

async function assertClean(check, what) {
  const { problems, csp, outside } = await check();
  assert.deepEqual(csp, [], `${what}: Content-Security-Policy violations`);
  assert.deepEqual(problems, [], `${what}: console errors or uncaught exceptions`);
  assert.deepEqual(outside, [], `${what}: requests that left the local server`);
}

/** The article's markup as the page author wrote it: links and paragraphs. */
function snapshot(page) {
  return page.evaluate(() => {
    const fc = document.querySelector('fact-check');
    return {
      links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      paragraphs: [...fc.querySelectorAll('p, h1, h2, blockquote')].map((p) => p.innerHTML),
      text: fc.textContent,
    };
  });
}

/** Opens embed.html, recording every factcheck:report event. */
async function openEmbed(options) {
  const opened = await openPage(browser.context, server, '/embed.html', options);
  return opened;
}

async function firstReport(page) {
  await page.waitForFunction(() => (window.__reports || []).length > 0, null, { timeout: 30_000 });
  return page.evaluate(() => window.__reports[window.__reports.length - 1]);
}

describe('the <fact-check> element', { timeout: 120_000 }, () => {
  before(async () => {
    await browser.context.addInitScript(() => {
      window.__reports = [];
      document.addEventListener('factcheck:report', (e) => window.__reports.push(JSON.parse(JSON.stringify({ report: e.detail.report, mode: e.detail.mode, sources: e.detail.sources.map((s) => ({ id: s.id, outlet: s.outlet, date: s.date })) }))));
    });
  });

  it('marks the article’s figures with the Highlight API without touching its markup', async () => {
    // The markup as served, before any script ran (the element's module withheld).
    const plain = await browser.context.newPage();
    await plain.route('**/fact-check.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await plain.goto(`${server.url}/embed.html`);
    const before = await snapshot(plain);
    await plain.close();
    const { page, check } = await openEmbed();
    const detail = await firstReport(page);
    assert.equal(detail.mode, 'highlight', 'Chromium has the CSS Custom Highlight API');
    const after = await snapshot(page);
    assert.deepEqual(after, before, 'links, paragraphs and text are unchanged');
    assert.equal(await page.$$eval('fact-check mark', (m) => m.length), 0, 'no elements were added to the article');

    // The report: the article plus its two <fact-check-source> children and the selected aside.
    const ids = detail.sources.map((s) => s.outlet);
    assert.deepEqual(ids, ['The Meridian', 'Sample report A', 'Sample report B', 'Sample report C']);
    const article = detail.report.documents.find((d) => d.id === 'article');
    const texts = article.mentions.map((m) => m.text);
    assert.ok(texts.includes('46,000'), `the article's "46,000" is found: ${JSON.stringify(texts)}`);
    assert.ok(texts.includes('February 24 2022'), 'the article’s "February 24 2022" is found');
    const conflict = detail.report.facts.filter((f) => f.status === 'conflict');
    assert.ok(conflict.some((f) => f.claims.some((c) => c.doc === 'article' && c.text === '46,000')), 'the 46,000 claim is in conflict with the other reports');

    // The highlights are registered, and cover exactly the mentions' text.
    const highlighted = await page.evaluate(() => {
      const out = {};
      for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString());
      return out;
    });
    assert.ok(highlighted['factcheck-conflict']?.includes('46,000'), `conflict highlights: ${JSON.stringify(highlighted['factcheck-conflict'])}`);
    const total = Object.values(highlighted).reduce((n, rs) => n + rs.length, 0);
    assert.equal(total, article.mentions.length);

    // ::highlight rules come from a constructed sheet adopted by the document, and paint.
    const rules = await page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.selectorText || r.cssText.slice(0, 40))));
    assert.ok(rules.some((r) => /::highlight\(factcheck-conflict\)/.test(r)));
    assert.ok(rules.every((r) => /highlight|fact-check|@media/.test(r)), `only scoped rules are added to the host page: ${JSON.stringify(rules)}`);

    // Hovering the figure opens the card with what the other reports say.
    const point = await page.evaluate(() => {
      const h = CSS.highlights.get('factcheck-conflict');
      const r = [...h].find((x) => x.toString() === '46,000');
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const card = page.locator('fact-check >> .card');
    await card.waitFor({ state: 'visible', timeout: 3000 });
    const text = await card.textContent();
    assert.match(text, /43,000/, `the card shows the other reports' figure: ${text}`);
    assert.match(text, /Sample report A/);
    await page.screenshot({ path: artifact('embed-hover.png') });
    await assertClean(check, 'embed');
    await page.close();
  });

  it('is keyboard accessible through its panel', async () => {
    const { page, check } = await openEmbed();
    await firstReport(page);
    const toggle = page.locator('fact-check >> .toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.querySelector('fact-check').shadowRoot.activeElement?.className);
    assert.equal(focused, 'fact-btn', 'Tab moves into the list of figures');
    const selected = await page.evaluate(() => [...(CSS.highlights.get('factcheck-selected') || [])].map((r) => r.toString()));
    assert.ok(selected.length >= 1, 'focusing a figure in the panel marks it in the article');
    await page.keyboard.press('Enter');
    await page.locator('fact-check >> .card').waitFor({ state: 'visible', timeout: 3000 });
    await page.locator('fact-check >> .panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('embed-panel.png') });
    await assertClean(check, 'embed keyboard');
    await page.close();
  });

  it('falls back to wrapping text in <mark> without breaking links, and unwraps cleanly', async () => {
    const { page, check } = await openEmbed();
    await firstReport(page);
    const before = await snapshot(page);
    await page.evaluate(() => { window.__reports = []; document.querySelector('fact-check').setAttribute('highlight', 'wrap'); });
    const detail = await firstReport(page);
    assert.equal(detail.mode, 'wrap');
    const wrapped = await snapshot(page);
    assert.deepEqual(wrapped.links, before.links, 'every link and its href is kept');
    assert.equal(wrapped.text, before.text, 'the article text is unchanged');
    const marks = await page.$$eval('fact-check mark.factcheck-mark', (ms) => ms.map((m) => m.textContent));
    assert.ok(marks.includes('46,000'));
    // A figure inside a link stays inside the link.
    const inLink = await page.$$eval('fact-check a mark.factcheck-mark', (ms) => ms.map((m) => m.textContent));
    assert.ok(inLink.some((t) => /140,000/.test(t)), `a mark inside the CSIS link: ${JSON.stringify(inLink)}`);
    assert.equal(await page.$$eval('fact-check a', (as) => as.filter((a) => a.closest('mark')).length), 0, 'no link was moved inside a mark');
    // Keyboard: a mark takes focus and opens the card.
    await page.focus('fact-check mark.factcheck-mark[tabindex="0"]');
    await page.locator('fact-check >> .card').waitFor({ state: 'visible', timeout: 3000 });
    await page.screenshot({ path: artifact('embed-wrap.png') });
    // Back to highlights: the markup is as it was.
    await page.evaluate(() => { window.__reports = []; document.querySelector('fact-check').removeAttribute('highlight'); });
    await firstReport(page);
    assert.deepEqual(await snapshot(page), before, 'unwrapping restores the markup');
    await assertClean(check, 'embed wrap');
    await page.close();
  });

  it('looks right in dark mode and at phone width', async () => {
    for (const [name, options] of [['embed-dark.png', { colorScheme: 'dark' }], ['embed-phone.png', { viewport: { width: 390, height: 844 } }]]) {
      const { page, check } = await openEmbed(options);
      await firstReport(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow}px`);
      await page.screenshot({ path: artifact(name) });
      await assertClean(check, name);
      await page.close();
    }
  });
});
