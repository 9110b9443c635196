/**
 * Search benchmark (issue 3): how many bytes of the Pagefind index a resident's browser fetches for
 * a first and a second search on /zoeken/, beside the whole index on disk (the baseline: what a
 * search that downloads everything would cost). Builds the site into a temporary folder, serves it
 * with a tiny static server and drives Debian's Chromium (playwright-core) through the real page.
 *
 * `npx node scripts/bench/zoeken.ts [dist]` prints the figures for an existing build.
 */
import { createReadStream, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromiumPad, startBrowser } from '../../tests/browser/browser.ts';
import { bouw } from '../../tests/build/bouw.ts';

/** The two searches, as a resident would type them. */
export const ZOEKVRAGEN = ['Jan Evertsenlaan', 'riolering'] as const;

export interface ZoekMeting {
  /** Bytes of /pagefind/ responses for the first search (includes pagefind.js and the WebAssembly). */
  eerste: number;
  /** Extra bytes for the second search. */
  tweede: number;
  /** All files in dist/pagefind/ together. */
  totaal: number;
  /** Number of results of each search. */
  resultaten: [number, number];
}

function mapGrootte(map: string): number {
  return readdirSync(map).reduce((som, naam) => {
    const pad = join(map, naam);
    const s = statSync(pad);
    return som + (s.isDirectory() ? mapGrootte(pad) : s.size);
  }, 0);
}

const soorten: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves a folder as the site root (directory → index.html). No compression, unless `gzip`: then
 * text files are sent gzipped to clients that accept it, as Netlify does (for Lighthouse).
 */
export function statischeServer(
  map: string,
  opties: { gzip?: boolean } = {},
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const pad = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let bestand = normalize(join(map, pad));
    if (!bestand.startsWith(map)) bestand = join(map, '404.html');
    if (existsSync(bestand) && statSync(bestand).isDirectory()) bestand = join(bestand, 'index.html');
    if (!existsSync(bestand)) {
      res.writeHead(404).end();
      return;
    }
    const soort = soorten[extname(bestand)] ?? 'application/octet-stream';
    if (opties.gzip && (req.headers['accept-encoding'] ?? '').includes('gzip') && !soort.includes('wasm')) {
      res.writeHead(200, { 'content-type': soort, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(bestand).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': soort });
    createReadStream(bestand).pipe(res);
  });
  return new Promise((klaar) =>
    server.listen(0, '127.0.0.1', () =>
      klaar({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

async function zoek(page: Page, term: string): Promise<number> {
  const veld = page.getByLabel('Waar zoekt u naar?');
  await veld.fill(term);
  await veld.press('Enter');
  await page.waitForFunction((t) => document.getElementById('zoekstatus')?.textContent.includes(t) ?? false, term, {
    timeout: 30_000,
  });
  return page.locator('#zoekresultaten > li').count();
}

/** Measures an existing build. */
export async function meetZoekenIn(dist: string): Promise<ZoekMeting> {
  const map = resolve(dist);
  const { url, server } = await statischeServer(map);
  const browser = await startBrowser();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/'))
        void r.body().then(
          (b) => (bytes += b.length),
          () => undefined,
        );
    });
    await page.goto(`${url}/zoeken/`);
    const r1 = await zoek(page, ZOEKVRAGEN[0]);
    await page.waitForLoadState('networkidle');
    const eerste = bytes;
    const r2 = await zoek(page, ZOEKVRAGEN[1]);
    await page.waitForLoadState('networkidle');
    return { eerste, tweede: bytes - eerste, totaal: mapGrootte(join(map, 'pagefind')), resultaten: [r1, r2] };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Builds the site into a temporary folder and measures it; undefined without Chromium. */
export async function meetZoeken(): Promise<ZoekMeting | undefined> {
  if (!chromiumPad()) return undefined;
  const r = await bouw();
  try {
    if (r.code !== 0) throw new Error(`bouwen mislukt:\n${r.uitvoer.slice(-2000)}`);
    return await meetZoekenIn(r.map);
  } finally {
    rmSync(dirname(r.map), { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const m = process.argv[2] ? await meetZoekenIn(process.argv[2]) : await meetZoeken();
  console.log(m);
}
