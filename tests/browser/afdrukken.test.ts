/**
 * Printed material: the poster of an avond and the letter of a survey print on exactly one A4 page
 * (emulated print media, PDF read back with unpdf) without header, menu, breadcrumbs or footer,
 * and their QR code, rendered in Chromium and decoded with jsQR, leads to the right page.
 */
import type { Browser, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');

/** Decodes the QR code in `selector` from a screenshot of the rendered SVG. */
async function leesQr(page: Page, selector: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Prints the page as Chromium would (A4, the page's own @page rules) and reads the PDF back. */
async function afdruk(page: Page): Promise<{ paginas: number; tekst: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { paginas: totalPages, tekst: text };
}

describe.runIf(browserBeschikbaar())('printed posters and letters', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each([
    ['/avonden/buurthuis-vlietwijk-2027-03/poster/', '/avonden/buurthuis-vlietwijk-2027-03/', 'Wanneer: donderdag'],
    ['/avonden/overlast-noord-hofland-2027-09/poster/', '/avonden/overlast-noord-hofland-2027-09/', 'Wanneer:'],
    ['/enquetes/buurthuis-vlietwijk/brief/', '/enquetes/buurthuis-vlietwijk/', 'Beste bewoner'],
    ['/enquetes/herinrichting-jan-evertsenlaan/brief/', '/enquetes/herinrichting-jan-evertsenlaan/', 'Beste bewoner'],
  ])('%s: one A4 page, no header or menu, a QR code to %s', async (pad, doel, kenmerk) => {
    const page = await openPagina(browser, `${basis}${pad}`, { javascript: false });
    const adres = (await page.locator('[data-adres]').textContent())?.trim() ?? '';
    const kop = (await page.locator('h1').textContent())?.trim() ?? '';
    expect(adres).toMatch(new RegExp(`${doel.replace(/\//g, '\\/')}$`));
    expect(await leesQr(page, '.vs-qr svg')).toBe(`https://${adres}`);

    const { paginas, tekst: ruw } = await afdruk(page);
    expect(paginas).toBe(1);
    const tekst = ruw.replace(/\s+/g, ' '); // lines wrap differently in print
    expect(tekst).toContain(kenmerk);
    expect(tekst).toContain(kop);
    // A long address may wrap after a hyphen in print.
    expect(tekst.replace(/\s+/g, '')).toContain(adres);
    for (const weg of ['.utrecht-page-header', '.utrecht-page-footer', '.utrecht-breadcrumb-nav', '.vs-scherm'])
      await expect(page.locator(weg).first().isVisible(), weg).resolves.toBe(false);
    expect(tekst).not.toContain('Direct naar de inhoud');
    expect(tekst).not.toContain('Informatieavonden'); // the menu
    await page.context().close();
  });

  it('the avond and survey pages link to their printable versions', async () => {
    const page = await openPagina(browser, `${basis}/avonden/buurthuis-vlietwijk-2027-03/`, { javascript: false });
    await page.getByRole('link', { name: /^Afdrukken: poster/ }).click();
    expect(new URL(page.url()).pathname).toBe('/avonden/buurthuis-vlietwijk-2027-03/poster/');
    await page.context().close();
  });
});
