/**
 * axe-core with the WCAG 2.2 A/AA rules on every page in the build: zero violations. Every page
 * also reflows at 320 CSS pixels wide without horizontal scrolling (WCAG 1.4.10, which axe does
 * not check). Fixtures with deliberate mistakes prove both checks can fail.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeFouten, browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');
const dist = inject('distMap');

function paginas(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return paginas(pad);
    return naam.endsWith('.html') ? [relative(dist, pad)] : [];
  });
}

/** "wijken/centrum/index.html" → "/wijken/centrum/"; "404.html" → an address that does not exist. */
function adres(bestand: string): string {
  if (bestand === '404.html') return '/bestaat-niet/';
  return `/${bestand.replace(/index\.html$/, '')}`;
}

/**
 * How many CSS pixels the page is wider than a 320 px viewport (0 = it reflows), and the
 * innermost elements that stick out, to say what to fix. Restores the viewport afterwards.
 */
async function overloopOp320(page: Page): Promise<{ teBreed: number; uitstekers: string[] }> {
  const eerder = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const uit = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    // Its box sticks out, or its content does (a long word overflowing a narrow block).
    const steektUit = (e: Element): boolean => {
      const r = e.getBoundingClientRect();
      return r.right > w + 1 || r.left + e.scrollWidth > w + 1;
    };
    const uitstekers = [...document.querySelectorAll('body *')]
      .filter((e) => steektUit(e) && ![...e.children].some(steektUit))
      .slice(0, 5)
      .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}">`);
    return { teBreed: document.documentElement.scrollWidth - w, uitstekers };
  });
  if (eerder) await page.setViewportSize(eerder);
  return uit;
}

async function scan(page: Page): Promise<string[]> {
  // No exclusions: every rule of WCAG 2.2 A/AA applies to every page.
  return axeFouten(page);
}

describe.runIf(browserBeschikbaar())('accessibility (axe, WCAG 2.2 AA)', () => {
  let browser: Browser;
  let pagina: Page;
  beforeAll(async () => {
    browser = await startBrowser();
    // One tab for the whole scan: a new context per page costs more than the scan itself.
    pagina = await openPagina(browser, 'about:blank');
  });
  afterAll(async () => {
    await browser.close();
  });

  const bestanden = paginas(dist);
  it('scans every page of the build', () => {
    expect(bestanden.length).toBeGreaterThan(30);
  });

  it.each(bestanden)('%s has no violations and reflows at 320 px', async (bestand) => {
    await pagina.goto(`${basis}${adres(bestand)}`);
    expect(await scan(pagina)).toEqual([]);
    const { teBreed, uitstekers } = await overloopOp320(pagina);
    expect(teBreed, `wider than 320 px by: ${uitstekers.join(', ')}`).toBeLessThanOrEqual(0);
  });

  it('finds a page that does not reflow (the reflow check can fail)', async () => {
    const page = await openPagina(browser, 'about:blank');
    await page.setContent(
      '<main><p>Een_woord_zonder_spaties_dat_veel_breder_is_dan_een_smal_scherm_van_320_pixels</p></main>',
    );
    const { teBreed, uitstekers } = await overloopOp320(page);
    await page.context().close();
    expect(teBreed).toBeGreaterThan(0);
    expect(uitstekers).toEqual(['<p class="">']);
  });

  it('finds the mistakes in the fixture (the scan can fail)', async () => {
    const page = await openPagina(browser, 'about:blank');
    await page.setContent(readFileSync(resolve(import.meta.dirname, '../fixtures/toegankelijkheid-fout.html'), 'utf8'));
    const regels = new Set((await scan(page)).map((f) => f.split(':')[0]));
    await page.context().close();
    expect(regels).toEqual(new Set(['image-alt', 'label', 'color-contrast', 'html-has-lang', 'link-name']));
  });
});
