/**
 * The site search in Chromium against the stack: /zoeken/ with JavaScript (Pagefind loaded on
 * demand, our own result list, a live region with the count, wijk and type filters) and without
 * (the page says so and offers the street finder and the lists); the header's search field is a
 * plain GET form to /zoeken/?q= on every page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeFouten, browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');
const veld = 'Waar zoekt u naar?';

/** Types a search and waits until the live region announces the answer for it. */
async function zoek(page: Page, term: string): Promise<string> {
  await page.getByLabel(veld).fill(term);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: term });
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

const resultaten = (page: Page) =>
  page.locator('#zoekresultaten > li').evaluateAll((li) => li.map((l) => l.querySelector('a')?.getAttribute('href')));

describe.runIf(browserBeschikbaar())('site search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("with JavaScript: a project's name finds its page; the live region gives the count; the link opens it", async () => {
    const page = await openPagina(browser, `${basis}/zoeken/`);
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) pagefind.push(r.url());
    });
    await expect(page.getByText('werkt alleen met JavaScript').isVisible()).resolves.toBe(false);
    expect(pagefind, 'nothing of the search loads before the resident acts').toEqual([]);

    const tekst = await zoek(page, 'Herinrichting Jan Evertsenlaan');
    expect(tekst).toMatch(/^\d+ resultaten? voor “Herinrichting Jan Evertsenlaan”/);
    const urls = await resultaten(page);
    expect(urls[0]).toBe('/projecten/herinrichting-jan-evertsenlaan/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Herinrichting Jan Evertsenlaan');
    expect(await axeFouten(page)).toEqual([]);

    await page.locator('#zoekresultaten').getByRole('link', { name: 'Herinrichting Jan Evertsenlaan' }).click();
    await page.waitForURL('**/projecten/herinrichting-jan-evertsenlaan/');
    await page.context().close();
  });

  it('the home page is never a result; every excerpt starts at a sentence or with "…"', async () => {
    const page = await openPagina(browser, `${basis}/zoeken/`);
    for (const term of ['riolering', 'wijk', 'Voorschoten', 'speelplek']) {
      await zoek(page, term);
      const urls = await resultaten(page);
      expect(urls.length, term).toBeGreaterThan(0);
      expect(urls, term).not.toContain('/');
      const uittreksels = await page
        .locator('#zoekresultaten > li > p')
        .evaluateAll((ps) => ps.map((p) => p.textContent.trim()));
      for (const u of uittreksels) {
        // A capital or digit (a sentence start), or "…" before a cut start; never a bare lower-case start.
        expect(u, term).toMatch(/^(?:[\p{Lu}\d“"'(€]|… )/u);
        expect(u, term).toMatch(/(?:[.!?)”"]| …)$/);
      }
    }
    await page.context().close();
  });

  it('a Dutch inflected form finds the page too ("herinrichtingen" → herinrichting)', async () => {
    const page = await openPagina(browser, `${basis}/zoeken/`);
    await zoek(page, 'herinrichtingen');
    await expect(resultaten(page)).resolves.toContain('/projecten/herinrichting-jan-evertsenlaan/');
    await page.context().close();
  });

  it('the wijk and type filters narrow the results, and the URL keeps them', async () => {
    const page = await openPagina(browser, `${basis}/zoeken/?q=riolering`);
    await page.getByRole('status').filter({ hasText: 'riolering' }).waitFor();
    const alle = await resultaten(page);
    expect(alle).toContain('/projecten/riool-starrenburg/');

    await page.getByLabel('Wijk', { exact: true }).selectOption('Bijdorp');
    await expect.poll(() => resultaten(page), { timeout: 15_000 }).not.toContain('/projecten/riool-starrenburg/');
    const bijdorp = await resultaten(page);
    expect(bijdorp).toContain('/projecten/riool-bijdorp/');
    expect(bijdorp.length).toBeLessThan(alle.length);
    expect(new URL(page.url()).searchParams.get('wijk')).toBe('Bijdorp');

    await page.getByLabel('Soort project').selectOption('Riolering');
    await expect
      .poll(async () => (await resultaten(page)).every((u) => u?.startsWith('/projecten/')), { timeout: 15_000 })
      .toBe(true);
    expect(await axeFouten(page)).toEqual([]);
    await page.context().close();
  });

  it('the header field on a project page (which ships no JavaScript) submits to /zoeken/?q= and the search runs', async () => {
    const page = await openPagina(browser, `${basis}/projecten/riool-bijdorp/`);
    await page.getByLabel('Zoek op deze site').fill('speelplek');
    await Promise.all([page.waitForURL('**/zoeken/?q=speelplek'), page.getByLabel('Zoek op deze site').press('Enter')]);
    await page.getByRole('status').filter({ hasText: 'speelplek' }).waitFor();
    await expect(resultaten(page)).resolves.toContain('/projecten/speelplek-bachlaan/');
    await page.context().close();
  });

  it('without JavaScript: the header form still submits, and /zoeken/ says search needs JavaScript and offers alternatives', async () => {
    const page = await openPagina(browser, `${basis}/`, { javascript: false });
    await page.getByLabel('Zoek op deze site').fill('riolering');
    await Promise.all([
      page.waitForURL('**/zoeken/?q=riolering'),
      page.getByRole('button', { name: 'Zoek', exact: true }).click(),
    ]);
    await expect(page.getByText('werkt alleen met JavaScript').isVisible()).resolves.toBe(true);
    const main = page.getByRole('main');
    // No search form that cannot search: only the ways that work without JavaScript.
    await expect(main.getByLabel('Waar zoekt u naar?').isVisible()).resolves.toBe(false);
    await expect(main.getByLabel('Vul uw straatnaam of postcode in').isVisible()).resolves.toBe(true);
    for (const naam of ['Alle wijken', 'Alle projecten', 'Alle straten'])
      await expect(main.getByRole('link', { name: naam }).isVisible(), naam).resolves.toBe(true);
    await main.getByRole('link', { name: 'Alle projecten' }).click();
    expect(new URL(page.url()).pathname).toBe('/projecten/');
    await page.context().close();
  });
});
