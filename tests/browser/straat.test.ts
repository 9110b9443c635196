/**
 * The street finder in Chromium with JavaScript OFF, against `netlify dev` (site + functions):
 * a plain GET form to /api/straat that lands on the street page, a list of streets, or a helpful
 * "niet gevonden" page. The two server-rendered pages pass axe (WCAG 2.2 AA) too: they are not in
 * the build, so the scan of every built page does not see them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeFouten, browserBeschikbaar, openPagina, startBrowser, vulInEnVerstuur } from './browser.ts';

const basis = inject('basisUrl');
const label = 'Vul uw straatnaam of postcode in';
/** axe on a page opened without JavaScript (see axeFouten). */
const axe = (browser: Browser, page: Page): Promise<string[]> =>
  axeFouten(page, { browser, javascriptUit: `${basis}/` });

describe.runIf(browserBeschikbaar())('street finder without JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('home → type "Jan Evertsenlaan" → the street page, which lists its project', async () => {
    const page = await openPagina(browser, `${basis}/`, { javascript: false });
    await vulInEnVerstuur(page, { [label]: 'Jan Evertsenlaan' }, 'Zoeken');
    expect(new URL(page.url()).pathname).toBe('/straten/jan-evertsenlaan/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Jan Evertsenlaan');
    await expect(
      page.getByRole('main').getByRole('link', { name: 'Herinrichting Jan Evertsenlaan' }).first().isVisible(),
    ).resolves.toBe(true);
    await page.context().close();
  });

  it('a wijk page: a postcode with a space also lands on the street page', async () => {
    const page = await openPagina(browser, `${basis}/wijken/noord-hofland/`, { javascript: false });
    await vulInEnVerstuur(page, { [label]: '2253 vc' }, 'Zoeken');
    expect(new URL(page.url()).pathname).toBe('/straten/jan-evertsenlaan/');
    await page.context().close();
  });

  it('several matches give a list to choose from; nonsense gives "niet gevonden" with tips (both pass axe)', async () => {
    const page = await openPagina(browser, `${basis}/`, { javascript: false });
    await vulInEnVerstuur(page, { [label]: 'hof' }, 'Zoeken');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kies uw straat');
    expect(await axe(browser, page)).toEqual([]);
    await page.getByRole('main').getByRole('link', { name: 'Hofweg' }).click();
    expect(new URL(page.url()).pathname).toBe('/straten/hofweg/');

    const antwoord = await page.goto(`${basis}/api/straat?q=${encodeURIComponent('Xyzzystraat')}`);
    expect(antwoord?.status()).toBe(404);
    await expect(page.getByRole('main').textContent()).resolves.toContain('niet gevonden');
    expect(await axe(browser, page)).toEqual([]);
    await vulInEnVerstuur(page, { [label]: 'Alettahof' }, 'Zoeken');
    expect(new URL(page.url()).pathname).toBe('/straten/alettahof/');
    await page.context().close();
  });
});
