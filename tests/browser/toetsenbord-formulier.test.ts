/**
 * Keyboard only, JavaScript off: a resident tabs into the sign-up form, fills every field, tabs
 * past the hidden honeypot to the button and submits with Enter.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');
const database = inject('stackDatabase');

describe.runIf(browserBeschikbaar() && database)('keyboard: the sign-up form', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('can be filled and sent with Tab, typing and Enter alone', async () => {
    // The static page was built before sign-up opened (no active form there): its link leads here.
    const page = await openPagina(browser, `${basis}/api/avonden/buurthuis-vlietwijk-2027-03/aanmeldingen`, {
      javascript: false,
    });
    const actief = () =>
      page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName);
    let stappen = 0;
    while ((await actief()) !== 'naam' && stappen++ < 80) await page.keyboard.press('Tab');
    expect(await actief()).toBe('naam');
    await page.keyboard.type('Toetsenbord Bewoner');
    await page.keyboard.press('Tab');
    expect(await actief()).toBe('email');
    await page.keyboard.type('toetsenbord@voorbeeld.example');
    await page.keyboard.press('Tab');
    expect(await actief()).toBe('personen');
    await page.keyboard.press('Tab');
    expect(await actief()).toBe('vraag');
    await page.keyboard.type('Komt er een ringleiding?');
    // On to the button: past the privacy link, never into the hidden honeypot field.
    const onderweg: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const stap = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.tagName === 'BUTTON' ? 'BUTTON' : (el?.getAttribute('name') ?? el?.textContent.trim() ?? '');
      });
      if (stap === 'BUTTON') break;
      onderweg.push(stap);
    }
    await expect(page.evaluate(() => document.activeElement?.textContent.trim())).resolves.toBe('Aanmelden');
    expect(onderweg).toEqual(['privacyverklaring']);
    await Promise.all([page.waitForURL(/\/api\/aanmeldingen\//), page.keyboard.press('Enter')]);
    await expect(page.locator('#uitslag').textContent()).resolves.toMatch(/U bent aangemeld|U staat op de wachtlijst/);
    await page.context().close();
  });
});
