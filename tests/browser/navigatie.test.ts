/**
 * Flows a resident takes: home → wijk → project and back by the breadcrumbs; the 404 page.
 * With JavaScript off and on: the site must work the same.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');

describe.runIf(browserBeschikbaar())('navigation in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  describe.each([false, true])('JavaScript %s', (javascript) => {
    it('home → Vlietwijk → a project → back to the wijk via the breadcrumbs', async () => {
      const page = await openPagina(browser, `${basis}/`, { javascript });
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Wijkgericht werken in Voorschoten',
      );
      await page.getByRole('main').getByRole('link', { name: 'Vlietwijk', exact: true }).click();
      expect(new URL(page.url()).pathname).toBe('/wijken/vlietwijk/');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Vlietwijk');
      await expect(page.getByRole('heading', { name: 'Pilot Vlietwijk' }).isVisible()).resolves.toBe(true);

      // The project also appears in the pilot block and the map's list per street: use the project list.
      await page
        .locator('#projecten + *')
        .getByRole('link', { name: 'Nieuw buurthuis Vlietwijk', exact: true })
        .click();
      expect(new URL(page.url()).pathname).toBe('/projecten/buurthuis-vlietwijk/');
      await expect(page.getByRole('heading', { name: 'Wat kunt u hier beïnvloeden?' }).isVisible()).resolves.toBe(true);

      await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Projecten' }).click();
      expect(new URL(page.url()).pathname).toBe('/projecten/');
      await page.context().close();
    });

    it('the wijken menu in the header opens and leads to every wijk', async () => {
      const page = await openPagina(browser, `${basis}/over/`, { javascript });
      const menu = page.locator('header details.vs-wijken-menu');
      await expect(menu.getByRole('link', { name: 'Dobbewijk' }).isVisible()).resolves.toBe(false);
      await menu.locator('summary').click();
      await expect(menu.getByRole('link', { name: 'Dobbewijk' }).isVisible()).resolves.toBe(true);
      await menu.getByRole('link', { name: 'Dobbewijk' }).click();
      expect(new URL(page.url()).pathname).toBe('/wijken/dobbewijk/');
      await page.context().close();
    });
  });

  it('an unknown address gives a 404 with a way back', async () => {
    const page = await openPagina(browser, `${basis}/`);
    const antwoord = await page.goto(`${basis}/wijken/atlantis/`);
    expect(antwoord?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Deze pagina bestaat niet');
    await page.getByRole('main').getByRole('link', { name: 'Noord Hofland' }).click();
    expect(new URL(page.url()).pathname).toBe('/wijken/noord-hofland/');
    await page.context().close();
  });
});
