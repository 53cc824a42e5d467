// Shared helpers for the end-to-end tests: a tiny static server for www/,
// Debian's Chromium driven by playwright-core, and recorders for everything
// that must not happen (CSP violations, console errors, outside requests).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { writeSamples } from '../../scripts/samples.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
export const WWW = path.join(ROOT, 'www');
export const SEEDS = path.join(ROOT, 'seeds');
export const ARTIFACTS = path.join(here, 'artifacts');

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// FACTCHECK_E2E_ENGINE=mock serves tests/e2e/mock/factcheck.js as the engine:
// only for working on the page while the Rust engine is not built. The
// default, and CI, is the real package in www/pkg/.
export const ENGINE = process.env.FACTCHECK_E2E_ENGINE === 'mock' ? 'mock' : 'real';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.d.ts': 'text/plain; charset=utf-8',
};

/** The seed articles, by file name. */
export function seeds() {
  const out = {};
  for (const f of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) out[f] = fs.readFileSync(path.join(SEEDS, f), 'utf8');
  return out;
}

/** Fails with a useful message when the wasm package has not been built. */
export function requireEngine() {
  if (ENGINE === 'mock') return;
  for (const f of ['factcheck.js', 'factcheck_bg.wasm']) {
    if (!fs.existsSync(path.join(WWW, 'pkg', f))) {
      throw new Error(`www/pkg/${f} is missing: build the engine first (scripts/build-www.sh, or: wasm-pack build --release --target web --out-dir www/pkg)`);
    }
  }
}

/** Serves www/ on a free loopback port. Returns {url, close, requests}. */
export async function startServer() {
  // What the build does for the sample button (www/samples/reports.json).
  writeSamples(ROOT);
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    let file = path.normalize(path.join(WWW, rel));
    if (ENGINE === 'mock' && rel === '/pkg/factcheck.js') file = path.join(here, 'mock', 'factcheck.js');
    if (ENGINE === 'mock' && rel === '/pkg/factcheck_bg.wasm') {
      // The smallest valid module: the mock glue ignores it.
      res.writeHead(200, { 'content-type': 'application/wasm' });
      res.end(Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
      return;
    }
    if (!file.startsWith(WWW + path.sep) && !file.startsWith(path.join(here, 'mock'))) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const ext = file.endsWith('.d.ts') ? '.d.ts' : path.extname(file);
      res.writeHead(200, {
        'content-type': MIME[ext] || 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        // The same policy as the pages' <meta>, so workers get it too.
        'content-security-policy': CSP,
      });
      res.end(data);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

export const CHROMIUM = process.env.CHROME || '/usr/bin/chromium';

/** Launches Debian's Chromium headless, with a fresh profile. */
export async function launch() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (scripts/setup.sh does)`);
  const userDataDir = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'factcheck-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic',
    ],
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
  });
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

/**
 * Opens a page that records every problem: CSP violations, console errors,
 * uncaught errors, and any request that is not to the local server.
 */
export async function openPage(context, server, pathname, { colorScheme, viewport } = {}) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  if (colorScheme) await page.emulateMedia({ colorScheme });
  const problems = [];
  const outside = [];
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  const allowed = (url) => url.startsWith(`${server.origin}/`) || url.startsWith('blob:') || url === 'about:blank';
  page.on('request', (req) => {
    if (!allowed(req.url())) outside.push(req.url());
  });
  context.on('request', (req) => {
    if (!allowed(req.url())) outside.push(req.url());
  });
  await page.goto(`${server.url}${pathname}`);
  const check = async () => {
    const csp = await page.evaluate(() => window.__csp || []).catch(() => []);
    return { problems: [...problems], csp, outside: [...new Set(outside)] };
  };
  return { page, check };
}

export function artifact(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/** Waits until the page's engine is loaded (or failed). */
export async function engineState(page) {
  await page.waitForFunction(() => document.documentElement.dataset.engine, null, { timeout: 30_000 });
  return page.evaluate(() => document.documentElement.dataset.engine);
}
