/** Keyboard only: the skip link and the wijken menu work without a mouse. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');

describe.runIf(browserBeschikbaar())('keyboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the first Tab shows the skip link; Enter moves focus to the main content', async () => {
    const page = await openPagina(browser, `${basis}/wijken/centrum/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.utrecht-skip-link');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const kader = await skip.boundingBox();
    expect(kader && kader.width > 10 && kader.height > 10, 'skip link visible on focus').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhoud');
    // The next Tab lands inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('main')))).resolves.toBe(true);
    await page.context().close();
  });

  it('opens the wijken menu with Enter and follows a link with Enter', async () => {
    const page = await openPagina(browser, `${basis}/`);
    let stappen = 0;
    while (stappen++ < 10) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')) break;
    }
    await expect(page.evaluate(() => document.activeElement?.textContent.trim())).resolves.toBe('Wijken');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toMatch(
      /^\/wijken\/[a-z-]+\/$/,
    );
    const doel = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await Promise.all([page.waitForURL(`**${doel}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(doel);
    await page.context().close();
  });

  it('shows a clearly visible focus outline on links', async () => {
    const page = await openPagina(browser, `${basis}/projecten/`);
    const link = page.getByRole('main').getByRole('link').first();
    await link.focus();
    const outline = await link.evaluate((el) => {
      const s = getComputedStyle(el);
      return { stijl: s.outlineStyle, breedte: parseFloat(s.outlineWidth) };
    });
    expect(outline.stijl).not.toBe('none');
    expect(outline.breedte).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});
