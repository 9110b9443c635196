/**
 * The site on a phone: Chromium at 390 and 320 CSS pixels wide, JavaScript off and on. Buttons and
 * table cells never break a word in the middle ("Zo/ek", "Onderwe/rp"): a table that does not fit
 * scrolls in a focusable, labelled box instead. The header's search field has a visible label. A
 * wijk map's zoom buttons stay hidden until the map is there, and without JavaScript never show.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');

/** Pages with tables, buttons and the header: a wijk, the home page, a project, survey results (a function's page). */
const paginas = ['/wijken/bijdorp/', '/', '/projecten/riool-bijdorp/', '/api/enquetes/groen-veurseweg/resultaten'];

/**
 * Words in buttons and table cells that are split over two lines (a word's box has line boxes at
 * different heights), as "word (<tag>)". Hyphens and slashes may break a word; nothing else may.
 */
function gebrokenWoorden(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const uit: string[] = [];
    for (const el of document.querySelectorAll('button, summary, caption, th, td')) {
      if (el.getClientRects().length === 0) continue; // hidden
      const loper = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let knoop = loper.nextNode(); knoop; knoop = loper.nextNode()) {
        for (const m of (knoop.textContent ?? '').matchAll(/[^\s\-‐/]+/g)) {
          const bereik = document.createRange();
          bereik.setStart(knoop, m.index);
          bereik.setEnd(knoop, m.index + m[0].length);
          const regels = new Set([...bereik.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (regels.size > 1) uit.push(`${m[0]} (<${el.tagName.toLowerCase()}>)`);
        }
      }
    }
    return uit;
  });
}

describe.runIf(browserBeschikbaar())('on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  describe.each([390, 320])('%s px wide', (breedte) => {
    describe.each([false, true])('JavaScript %s', (javascript) => {
      it.each(paginas)(
        '%s: no word in a button or table cell breaks mid-word; every table scrolls in a labelled box',
        async (pad) => {
          const page = await openPagina(browser, `${basis}${pad}`, { javascript, breedte });
          expect(await gebrokenWoorden(page)).toEqual([]);
          const tabellen = await page.locator('table').evaluateAll((ts) =>
            ts.map((t) => {
              const houder = t.parentElement!;
              return {
                tabindex: houder.getAttribute('tabindex'),
                role: houder.getAttribute('role'),
                label: houder.getAttribute('aria-label') ?? '',
                scrolt: getComputedStyle(houder).overflowX,
              };
            }),
          );
          for (const t of tabellen)
            expect(t).toMatchObject({
              tabindex: '0',
              role: 'region',
              scrolt: 'auto',
              label: expect.stringMatching(/\S/),
            });
          if (pad.startsWith('/wijken/')) expect(tabellen.length).toBe(1);
          if (pad.startsWith('/api/enquetes/')) expect(tabellen.length).toBeGreaterThan(0);
          await page.context().close();
        },
      );

      it('the header search field has a visible label, and its button reads "Zoek" on one line', async () => {
        const page = await openPagina(browser, `${basis}/wijken/bijdorp/`, { javascript, breedte });
        const label = page.locator('label[for="zoekvak-kop"]');
        await expect(label.isVisible()).resolves.toBe(true);
        const vak = await label.boundingBox();
        expect(vak?.height).toBeGreaterThan(10);
        expect(vak?.width).toBeGreaterThan(50);
        const knop = page.getByRole('button', { name: 'Zoek', exact: true });
        const regelhoogte = await knop.evaluate((b) => parseFloat(getComputedStyle(b).lineHeight));
        const tekst = await knop.evaluate((b) => {
          const r = document.createRange();
          r.selectNodeContents(b);
          return r.getBoundingClientRect().height;
        });
        expect(tekst).toBeLessThan(regelhoogte * 1.5);
        await page.context().close();
      });
    });
  });

  it.each([false, true])(
    'at 320 px a long e-mail address wraps only after its @ or before a dot, never mid-name (JavaScript %s)',
    async (javascript) => {
      const page = await openPagina(browser, `${basis}/wijken/noord-hofland/`, { javascript, breedte: 320 });
      const uitkomst = await page.evaluate(() => {
        const gebroken: string[] = [];
        let gewrapt = 0;
        for (const a of document.querySelectorAll('a[href^="mailto:"]')) {
          if (a.getClientRects().length === 0) continue;
          // Every character with the top of its line, over all text nodes (<wbr> splits them).
          const tekens: { c: string; top: number }[] = [];
          const loper = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
          for (let k = loper.nextNode(); k; k = loper.nextNode()) {
            for (let i = 0; i < (k.textContent ?? '').length; i++) {
              const r = document.createRange();
              r.setStart(k, i);
              r.setEnd(k, i + 1);
              const rect = [...r.getClientRects()].find((x) => x.width > 0);
              if (rect) tekens.push({ c: k.textContent![i]!, top: Math.round(rect.top) });
            }
          }
          if (new Set(tekens.map((t) => t.top)).size > 1) gewrapt++;
          // Parts that must stay on one line: "buurtoverleg", ".alettahof@", ".example".
          let deel: typeof tekens = [];
          const sluit = () => {
            if (new Set(deel.map((t) => t.top)).size > 1) gebroken.push(deel.map((t) => t.c).join(''));
            deel = [];
          };
          for (const t of tekens) {
            if (t.c === '.') sluit();
            deel.push(t);
            if (t.c === '@') sluit();
          }
          sluit();
        }
        return { gebroken, gewrapt, overloop: document.documentElement.scrollWidth - window.innerWidth };
      });
      expect(uitkomst.gewrapt).toBeGreaterThan(0); // the page does have an address too long for one line
      expect(uitkomst.gebroken).toEqual([]);
      expect(uitkomst.overloop).toBeLessThanOrEqual(0);
      await page.context().close();
    },
  );

  it('the key-figures caption separates its words ("Kerncijfers 2026", not "Kerncijfers2026")', async () => {
    const page = await openPagina(browser, `${basis}/wijken/bijdorp/`, { javascript: false, breedte: 390 });
    const caption = (await page.locator('.vs-kerncijfers caption').innerText()).trim();
    expect(caption).toMatch(/^Kerncijfers \d{4}\b/);
    await page.context().close();
  });

  it('without JavaScript the map buttons (Kaart met achtergrond en zoomen, Inzoomen, Uitzoomen, Hele …) never show', async () => {
    const page = await openPagina(browser, `${basis}/wijken/bijdorp/`, { javascript: false, breedte: 390 });
    for (const naam of ['Kaart met achtergrond en zoomen', 'Inzoomen', 'Uitzoomen', 'Hele Bijdorp'])
      await expect(page.getByRole('button', { name: naam }).isVisible(), naam).resolves.toBe(false);
    await page.context().close();
  });

  it('with JavaScript the zoom buttons stay hidden until "Kaart met achtergrond en zoomen" is pressed, then show', async () => {
    const page = await openPagina(browser, `${basis}/wijken/bijdorp/`, { javascript: true, breedte: 390 });
    await page.getByRole('button', { name: 'Kaart met achtergrond en zoomen' }).waitFor();
    for (const naam of ['Inzoomen', 'Uitzoomen', 'Hele Bijdorp'])
      await expect(page.getByRole('button', { name: naam }).isVisible(), naam).resolves.toBe(false);
    await page.getByRole('button', { name: 'Kaart met achtergrond en zoomen' }).click();
    await page.getByRole('button', { name: 'Inzoomen' }).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Hele Bijdorp' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
