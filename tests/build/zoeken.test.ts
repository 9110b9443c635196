/**
 * The search index in the test build (src/integrations/pagefind.ts): written on every build, Dutch,
 * only the main content of each page (not the header, menu or footer), without Pagefind's own UI,
 * with the wijk and project-type filters; and the small street index for the finder's suggestions.
 * Searching runs Pagefind's real code in Chromium against the stack serving this build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isBewonersPagina } from '../../src/lib/bewonerspagina.ts';
import { gz } from '../../scripts/budgets.ts';
import { projecttypeNamen } from '../../src/domain/schemas.ts';
import { zoekRanking } from '../../src/lib/zoekresultaten.ts';
import { browserBeschikbaar, openPagina, startBrowser } from '../browser/browser.ts';

const dist = inject('distMap');
const basis = inject('basisUrl');
const pagefindMap = join(dist, 'pagefind');

function htmlBestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return htmlBestanden(pad);
    return naam.endsWith('.html') ? [pad] : [];
  });
}

/**
 * Pages search leaves out: the home page (a hub that mentions everything and is one click away),
 * the 404, the search page, the print versions of avond and survey pages, and the staff's
 * content editor.
 */
const nietGeindexeerd = (naam: string): boolean =>
  !isBewonersPagina(naam) ||
  naam === 'index.html' ||
  naam === '404.html' ||
  naam === 'zoeken/index.html' ||
  /\/(poster|brief)\/index\.html$/.test(naam);

describe('the search index on disk', () => {
  it('is written into the build, in Dutch, for every page except the home page, the 404, the search page and print pages', () => {
    expect(existsSync(join(pagefindMap, 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(pagefindMap, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    const paginas = htmlBestanden(dist).filter((b) => !nietGeindexeerd(b.slice(dist.length + 1))).length;
    expect(entry.languages['nl']?.page_count).toBe(paginas);
  });

  it('indexes only <main>: every page marks its main content, the home page, the 404, the search page and print pages do not', () => {
    for (const bestand of htmlBestanden(dist)) {
      const doc = parse(readFileSync(bestand, 'utf8'));
      const naam = bestand.slice(dist.length + 1);
      const body = doc.querySelectorAll('[data-pagefind-body]');
      if (nietGeindexeerd(naam)) expect(body, naam).toHaveLength(0);
      else
        expect(
          body.map((b) => b.tagName),
          naam,
        ).toEqual(['MAIN']);
    }
  });

  it("leaves out Pagefind's ready-made UI and its CSS (the CSS budget counts every file)", () => {
    const bestanden = readdirSync(pagefindMap);
    expect(bestanden.filter((b) => /ui|highlight|\.css$/.test(b))).toEqual([]);
  });

  it('publishes a small street index for the suggestions: every street with its page, postcodes and wijk', () => {
    const json = readFileSync(join(dist, 'straten/index.json'), 'utf8');
    const index = JSON.parse(json) as { naam: string; slug: string; postcodes: string[]; wijk: string }[];
    const straten = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/straten.json'), 'utf8')) as {
      slug: string;
    }[];
    expect(index.map((s) => s.slug).sort()).toEqual(straten.map((s) => s.slug).sort());
    for (const s of index) expect(existsSync(join(dist, 'straten', s.slug, 'index.html')), s.slug).toBe(true);
    expect(index.find((s) => s.slug === 'jan-evertsenlaan')).toMatchObject({
      naam: 'Jan Evertsenlaan',
      wijk: 'Noord Hofland',
    });
    // Real Voorschoten has ~300 streets: about 50 bytes gzip each keeps it far below 20 kB.
    expect(gz(json) / index.length).toBeLessThan(60);
  });
});

/** What Pagefind indexed per page (its fragments on disk: gzip, after a 12-byte "pagefind_dcd" marker). */
function geindexeerd(): { url: string; content: string }[] {
  const map = join(pagefindMap, 'fragment');
  return readdirSync(map).map(
    (f) =>
      JSON.parse(
        gunzipSync(readFileSync(join(map, f)))
          .subarray(12)
          .toString('utf8'),
      ) as { url: string; content: string },
  );
}

describe('the words Pagefind indexed (and shows in excerpts)', () => {
  const paginas = geindexeerd();
  const van = (url: string): string => paginas.find((p) => p.url === url)?.content ?? '';

  it('keeps words of adjacent elements apart: "Wie beslist Het college", not "Wie beslistHet college"', () => {
    const riool = van('/projecten/riool-bijdorp/');
    expect(riool).toMatch(/Wie beslist\s+Het college/);
    expect(riool).toMatch(/Wanneer\s+Genomen/);
    expect(van('/straten/bijdorplaan/')).toMatch(/Bijdorp\.\s+Postcode:/);
    expect(van('/wijken/bijdorp/')).toMatch(/Kerncijfers 2026/);
  });

  it('has no glued words on any page (a lower-case letter or full stop directly before a capital)', () => {
    const gelijmd = paginas.flatMap(({ url, content }) =>
      content
        .split(/\s+/)
        .filter((w) => !w.includes('@') && !/^JavaScript\W*$/.test(w))
        .filter((w) => /[a-zà-ÿ0-9][A-Z]|[a-zà-ÿ][.:;!?][A-Za-zÀ-ÿ]{2}/.test(w))
        .map((w) => `${url}: ${w}`),
    );
    expect(gelijmd).toEqual([]);
  });

  it('skips lists of items that have their own page: /projecten/ does not contain every project', () => {
    expect(van('/projecten/')).not.toContain('Nieuw riool in Bijdorp');
    expect(van('/straten/bijdorplaan/')).not.toContain('Nieuw riool in Bijdorp');
    expect(van('/kaart/')).not.toContain('Nieuw riool in Bijdorp');
  });
});

describe.runIf(browserBeschikbaar())('searching the index (Pagefind in Chromium)', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await startBrowser();
    page = await openPagina(browser, `${basis}/zoeken/`);
  });
  afterAll(async () => {
    await browser.close();
  });

  /**
   * Runs code against Pagefind's API in the page. A string, not a function: vitest rewrites
   * `import()` in test files, and the browser must see the real one.
   */
  const metPagefind = <T>(code: string): Promise<T> =>
    page.evaluate<T>(
      `import('/pagefind/pagefind.js').then(async (pf) => { await pf.options({ ranking: ${JSON.stringify(zoekRanking)} }); await pf.init(); ${code} })`,
    );
  /** The URLs Pagefind finds for a term (optionally filtered), best first. */
  const zoek = (term: string, filters: Record<string, string> = {}): Promise<string[]> =>
    metPagefind(
      `const r = await pf.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
       return Promise.all(r.results.map(async (x) => (await x.data()).url));`,
    );
  const filters = (): Promise<Record<string, Record<string, number>>> => metPagefind('return pf.filters();');

  it("finds a project's page by its name, first", async () => {
    const urls = await zoek('Herinrichting Jan Evertsenlaan');
    expect(urls[0]).toBe('/projecten/herinrichting-jan-evertsenlaan/');
  });

  it('ranks the pages a resident means first, with the ranking the site uses (zoekRanking)', async () => {
    const riolering = await zoek('riolering');
    expect(riolering.slice(0, 3).sort()).toEqual([
      '/projecten/riool-bijdorp/',
      '/projecten/riool-starrenburg/',
      '/projecten/riool-voorstraat-schoolstraat/',
    ]);
    // "speeltuin" is not on the pages: the speelplek projects carry it as a zoekwoord.
    expect((await zoek('speeltuin'))[0]).toMatch(/^\/projecten\/speelplek-/);
    expect((await zoek('30 km'))[0]).toMatch(/^\/projecten\/30-km-zone-/);
    // A street's own page beats the project named after it, the map and the wijk.
    expect((await zoek('Jan Evertsenlaan'))[0]).toBe('/straten/jan-evertsenlaan/');
    expect((await zoek('Kastanjelaan'))[0]).toBe('/straten/kastanjelaan/');
  });

  it('shows excerpts without glued words', async () => {
    const uittreksels = await metPagefind<string[]>(
      `const r = await pf.search('riolering');
       return Promise.all(r.results.map(async (x) => (await x.data()).excerpt.replace(/<\\/?mark>/g, '')));`,
    );
    expect(uittreksels.join(' ')).not.toMatch(/beslistHet|WanneerGenomen|Bijdorp\.Postcode|[a-z]\.[A-Z][a-z]/);
  });

  it('stems Dutch: "herinrichtingen" and "rioleringen" find the pages that say "herinrichting" and "riolering"', async () => {
    await expect(zoek('herinrichtingen')).resolves.toContain('/projecten/herinrichting-jan-evertsenlaan/');
    await expect(zoek('rioleringen')).resolves.toContain('/projecten/riool-bijdorp/');
  });

  it('does not index the header, menu or footer that every page carries', async () => {
    const paginas = htmlBestanden(dist).length;
    // "Servicepunt" is in every footer, "Starrenburg" in every header menu: only pages that
    // mention them in their main content are found.
    const servicepunt = await zoek('Servicepunt');
    expect(servicepunt.length).toBeGreaterThan(0);
    expect(servicepunt.length).toBeLessThan(paginas / 4);
    expect(servicepunt).not.toContain('/projecten/riool-bijdorp/');
    const starrenburg = await zoek('Starrenburg');
    expect(starrenburg).toContain('/wijken/starrenburg/');
    expect(starrenburg).not.toContain('/wijken/centrum/');
    // Only in the sample-data notice (data-pagefind-ignore) and the footer, never in main content.
    await expect(zoek('voorbeeldgegevens')).resolves.not.toContain('/projecten/riool-bijdorp/');
  });

  it("does not index the map's controls and legend (data-pagefind-ignore), only its list per street", async () => {
    // The text Pagefind indexed for a wijk page and for /kaart/.
    const inhoud = (url: string): Promise<string> =>
      metPagefind(
        `const r = await pf.search(null, { filters: {} });
         for (const x of r.results) { const d = await x.data(); if (d.url === ${JSON.stringify(url)}) return d.content; }
         return '';`,
      );
    for (const url of ['/wijken/noord-hofland/', '/kaart/']) {
      const tekst = await inhoud(url);
      expect(tekst, url).toContain('Alettahof'); // the list per street
      for (const knop of ['Kaart met achtergrond en zoomen', 'Uitzoomen', 'Wijkgrens'])
        expect(tekst, url).not.toContain(knop);
    }
  });

  it('has a wijk filter with the 11 wijken and a type filter with the Dutch project types', async () => {
    const f = await filters();
    const wijken = htmlBestanden(join(dist, 'wijken'))
      .map((b) => parse(readFileSync(b, 'utf8')))
      .filter((d) => d.querySelector('[data-cadans]'))
      .map((d) => d.querySelector('h1')?.text.trim() ?? '');
    expect(Object.keys(f['wijk'] ?? {}).sort()).toEqual(wijken.sort());
    expect(wijken).toHaveLength(11);
    const typen = Object.keys(f['type'] ?? {});
    expect(typen.length).toBeGreaterThanOrEqual(4);
    for (const t of typen) expect(Object.values(projecttypeNamen)).toContain(t);
    expect(typen).toContain('Riolering');
  });

  it('filters narrow the results: riolering in Bijdorp is the Bijdorp sewer project, not Starrenburg', async () => {
    const alle = await zoek('riolering');
    expect(alle).toContain('/projecten/riool-starrenburg/');
    const bijdorp = await zoek('riolering', { wijk: 'Bijdorp' });
    expect(bijdorp).toContain('/projecten/riool-bijdorp/');
    expect(bijdorp).not.toContain('/projecten/riool-starrenburg/');
    expect(bijdorp.length).toBeLessThan(alle.length);
    const typeRiool = await zoek('riolering', { type: 'Riolering' });
    expect(typeRiool.every((u) => u.startsWith('/projecten/'))).toBe(true);
  });
});
