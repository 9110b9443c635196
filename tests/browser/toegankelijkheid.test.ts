/**
 * axe-core with the WCAG 2.2 A/AA rules on every page in the build: zero violations.
 * A fixture with deliberate mistakes proves the scan can fail.
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

  it.each(bestanden)('%s has no violations', async (bestand) => {
    await pagina.goto(`${basis}${adres(bestand)}`);
    expect(await scan(pagina)).toEqual([]);
  });

  it('finds the mistakes in the fixture (the scan can fail)', async () => {
    const page = await openPagina(browser, 'about:blank');
    await page.setContent(readFileSync(resolve(import.meta.dirname, '../fixtures/toegankelijkheid-fout.html'), 'utf8'));
    const regels = new Set((await scan(page)).map((f) => f.split(':')[0]));
    await page.context().close();
    expect(regels).toEqual(new Set(['image-alt', 'label', 'color-contrast', 'html-has-lang', 'link-name']));
  });
});
