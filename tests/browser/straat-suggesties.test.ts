/**
 * The street finder's suggestions as you type (JavaScript ON; tests/browser/straat.test.ts has the
 * finder without JavaScript): the index loads only after focus, the ARIA 1.2 combobox pattern
 * (listbox, arrow keys, Enter, Escape, a polite count), and the same matching as the server.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeFouten, browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');
const label = 'Vul uw straatnaam of postcode in';

const opties = (page: Page) => page.getByRole('listbox').getByRole('option').allTextContents();

describe.runIf(browserBeschikbaar())('street suggestions with JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('loads the street index only after focus; "jan ev" suggests Jan Evertsenlaan; ArrowDown + Enter opens it', async () => {
    const page = await openPagina(browser, `${basis}/`);
    const verzoeken: string[] = [];
    page.on('request', (r) => verzoeken.push(new URL(r.url()).pathname));
    await page.waitForLoadState('networkidle');
    expect(verzoeken).not.toContain('/straten/index.json');

    const vak = page.getByLabel(label);
    await vak.focus();
    await vak.pressSequentially('jan ev');
    const combobox = page.getByRole('combobox', { name: label });
    await expect.poll(() => combobox.getAttribute('aria-expanded'), { timeout: 15_000 }).toBe('true');
    expect(verzoeken).toContain('/straten/index.json');
    await expect(opties(page)).resolves.toEqual(['Jan Evertsenlaan (Noord Hofland)']);
    await expect(page.getByRole('status').filter({ hasText: 'gevonden' }).textContent()).resolves.toBe(
      '1 straat gevonden',
    );

    await page.keyboard.press('ArrowDown');
    const actief = await combobox.getAttribute('aria-activedescendant');
    expect(actief).toBeTruthy();
    await expect(page.locator(`#${actief!}`).getAttribute('aria-selected')).resolves.toBe('true');
    await Promise.all([page.waitForURL('**/straten/jan-evertsenlaan/'), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('matches case- and accent-insensitively and by postcode, like the server; Escape closes the list', async () => {
    const page = await openPagina(browser, `${basis}/wijken/noord-hofland/`);
    const vak = page.getByLabel(label);
    await vak.focus();
    await vak.pressSequentially('JÁN ÉVERTSEN');
    await expect.poll(() => opties(page), { timeout: 15_000 }).toEqual(['Jan Evertsenlaan (Noord Hofland)']);

    await vak.fill('');
    await vak.pressSequentially('2253 vc');
    await expect.poll(() => opties(page), { timeout: 15_000 }).toContain('Jan Evertsenlaan (Noord Hofland)');

    await vak.fill('');
    await vak.pressSequentially('hof');
    await expect.poll(async () => (await opties(page)).length, { timeout: 15_000 }).toBeGreaterThan(1);
    await expect(page.getByRole('status').filter({ hasText: 'gevonden' }).textContent()).resolves.toMatch(
      /^\d+ straten gevonden/,
    );
    const combobox = page.getByRole('combobox', { name: label });
    await page.keyboard.press('Escape');
    await expect(combobox.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('listbox').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('the page with the open list passes axe (WCAG 2.2 AA); Enter without a choice still submits the form', async () => {
    const page = await openPagina(browser, `${basis}/`);
    const vak = page.getByLabel(label);
    await vak.focus();
    await vak.pressSequentially('laan');
    await expect.poll(async () => (await opties(page)).length, { timeout: 15_000 }).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await axeFouten(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await Promise.all([page.waitForURL('**/api/straat?q=laan'), vak.press('Enter')]);
    // The function's answer itself is tested in straat.test.ts; here: the form was sent as before.
    await page.context().close();
  });
});
