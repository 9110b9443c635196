/**
 * Keyboard only on a map: Tab past the static map's links to "Kaart met achtergrond en zoomen", Enter; the zoom buttons work with Enter; Tab
 * reaches each project's marker, Enter opens its popup with the link focused, Escape closes it
 * and returns focus to the marker, and Enter on the link opens the project.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');

const actief = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      tekst: el?.textContent.trim() ?? '',
      label: el?.getAttribute('aria-label') ?? '',
      project: el?.dataset['project'] ?? '',
      href: el?.getAttribute('href') ?? '',
    };
  });

async function tabTot(page: Page, past: (a: Awaited<ReturnType<typeof actief>>) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (past(await actief(page))) return;
  }
  throw new Error('niet bereikt met Tab');
}

/** Distance in pixels between the first two markers: grows when the map zooms in. */
const afstand = (page: Page) =>
  page.locator('.vs-kaart__punt').evaluateAll((knoppen) => {
    const [a, b] = knoppen.map((k) => k.getBoundingClientRect());
    return Math.hypot(a!.x - b!.x, a!.y - b!.y);
  });

describe.runIf(browserBeschikbaar())('map with the keyboard alone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens the map, zooms, opens and closes a popup and follows its link', async () => {
    const page = await openPagina(browser, `${basis}/wijken/vlietwijk/`);
    // The static map's project links are reachable with Tab (before the button or after it).
    await tabTot(page, (a) => a.tag === 'BUTTON' && a.tekst === 'Kaart met achtergrond en zoomen');
    await page.keyboard.press('Enter');
    await page.locator('[data-kaart="geladen"]').waitFor();
    // Focus moved to the map (the button is gone), not lost to the page.
    await expect(actief(page)).resolves.toMatchObject({ tag: 'CANVAS' });

    // Our zoom buttons come just before the map.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(actief(page)).resolves.toMatchObject({ tag: 'BUTTON', tekst: 'Inzoomen' });
    expect(await page.locator('.vs-kaart__punt').count()).toBeGreaterThanOrEqual(2);
    const voor = await afstand(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => afstand(page)).toBeGreaterThan(voor * 1.5);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(actief(page)).resolves.toMatchObject({ tag: 'BUTTON', tekst: 'Hele Vlietwijk' });
    await page.keyboard.press('Enter');
    await expect.poll(() => afstand(page)).toBeLessThan(voor * 1.1);

    // Tab past the map canvas to the first project marker.
    await tabTot(page, (a) => a.project !== '');
    const marker = await actief(page);
    expect(marker.label.length).toBeGreaterThan(5);
    await page.keyboard.press('Enter');
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor();
    await expect(actief(page)).resolves.toMatchObject({ tag: 'A', href: `/projecten/${marker.project}/` });

    await page.keyboard.press('Escape');
    await expect(popup.count()).resolves.toBe(0);
    await expect(actief(page)).resolves.toMatchObject({ project: marker.project });

    // The close button is reachable too.
    await page.keyboard.press('Enter');
    await popup.waitFor();
    await page.keyboard.press('Tab');
    await expect(actief(page)).resolves.toMatchObject({ tag: 'BUTTON', label: 'Sluit' });
    await page.keyboard.press('Enter');
    await expect(popup.count()).resolves.toBe(0);
    await expect(actief(page)).resolves.toMatchObject({ project: marker.project });

    await page.keyboard.press('Enter');
    await popup.waitFor();
    await Promise.all([page.waitForURL(`**/projecten/${marker.project}/`), page.keyboard.press('Enter')]);
    await page.context().close();
  });
});
