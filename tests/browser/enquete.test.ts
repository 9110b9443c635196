/**
 * A resident answers a survey in Chromium with JavaScript OFF, against `netlify dev` with a fresh
 * PostgreSQL database (tests/build/setup.ts; the functions' "now" is 20 February 2027, when the
 * buurthuis survey is open; the static page was built on 1 December 2026, before it opened, so it
 * shows no form but the date and a link to the live form). The live form comes after the kader; a
 * mistake gives the error summary with every answer kept; then 303 to the thank-you page (a reload
 * sends nothing again), and the answer is in the database once.
 * A closed survey's results page shows tables. Answer pages pass axe (WCAG 2.2 AA).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgDb, pgPool } from '../../functions/lib/db.ts';
import { axeFouten, browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');
const database = inject('stackDatabase');
const pad = '/enquetes/buurthuis-vlietwijk/';

describe.runIf(browserBeschikbaar() && database)('answering a survey in Chromium without JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('kader first, a mistake with the answers kept, then the thank-you page; the answer is stored', async () => {
    const page = await openPagina(browser, `${basis}${pad}`, { javascript: false });
    page.setDefaultTimeout(60_000);
    // What is fixed comes before the questions, and before opening there is no form to send.
    const volgorde = await page.evaluate(() => {
      const vast = document.getElementById('kader-kop');
      const vragen = document.getElementById('vragen');
      return vast && vragen ? vast.compareDocumentPosition(vragen) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(volgorde).toBeTruthy();
    await expect(page.getByText('De nieuwe plek van het buurthuis.').isVisible()).resolves.toBe(true);
    await expect(page.locator('form.vs-formulier').count()).resolves.toBe(0);
    await expect(page.getByText('Meedoen kan vanaf maandag 1 februari 2027, 09:00.').isVisible()).resolves.toBe(true);
    await Promise.all([
      page.waitForURL(/\/api\/enquetes\/buurthuis-vlietwijk\/antwoorden$/),
      page.getByRole('link', { name: 'deze link naar de vragen' }).click(),
    ]);

    // Sent empty: one message for the whole form, no question marked wrong.
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Antwoorden versturen' }).click(),
    ]);
    await expect(page.locator('#foutsamenvatting').textContent()).resolves.toContain('Beantwoord minstens één vraag.');
    await expect(page.locator('[aria-invalid="true"]').count()).resolves.toBe(0);

    const ruimtes = page.getByRole('group', { name: /Welke ruimtes vindt u het belangrijkst/ });
    for (const label of [
      'Een grote zaal voor bijeenkomsten',
      'Een keuken om samen te koken',
      'Een ruimte voor jongeren',
    ])
      await ruimtes.getByLabel(label).check();
    await page
      .getByRole('group', { name: /Moet het buurthuis ook 's avonds open zijn/ })
      .getByLabel('Ja', { exact: true })
      .check();
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Antwoorden versturen' }).click(),
    ]);

    expect(new URL(page.url()).pathname).toBe('/api/enquetes/buurthuis-vlietwijk/antwoorden');
    const samenvatting = page.locator('#foutsamenvatting');
    await expect(samenvatting.textContent()).resolves.toContain(
      'Kies bij vraag 1 hoogstens 2 antwoorden. U koos er 3.',
    );
    await expect(page.getByLabel('Ja', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Een ruimte voor jongeren').isChecked()).resolves.toBe(true);
    expect(await axeFouten(page, { browser, javascriptUit: `${basis}/` })).toEqual([]);
    await samenvatting.getByRole('link').click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('vraag-ruimtes');

    await page.getByLabel('Een ruimte voor jongeren').uncheck();
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Antwoorden versturen' }).click(),
    ]);
    await page.getByRole('heading', { name: 'Bedankt voor uw antwoorden' }).waitFor();
    // Post/Redirect/Get: the thank-you page has its own address, so a reload sends nothing again.
    expect(new URL(page.url()).pathname).toBe('/api/enquetes/buurthuis-vlietwijk/bedankt');
    await expect(page.getByText('De uitslag staat vanaf woensdag 31 maart 2027').isVisible()).resolves.toBe(true);
    expect(await axeFouten(page, { browser, javascriptUit: `${basis}/` })).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { name: 'Bedankt voor uw antwoorden' }).waitFor();
    await page.context().close();

    const db = pgDb(pgPool(database, 1));
    try {
      const rijen = await db.query<{ keuzes: unknown; teksten: unknown }>(
        `SELECT keuzes, teksten FROM enquete_antwoord WHERE enquete = 'buurthuis-vlietwijk'`,
      );
      // Stored once: the reload of the thank-you page sent nothing.
      expect(rijen).toEqual([{ keuzes: { ruimtes: ['grote-zaal', 'keuken'], 'avond-open': ['ja'] }, teksten: {} }]);
    } finally {
      await db.close();
    }
  });

  it('a closed survey shows its feedback and a results page with a table per question', async () => {
    const page = await openPagina(browser, `${basis}/enquetes/groen-veurseweg/`, { javascript: false });
    page.setDefaultTimeout(60_000);
    await expect(page.getByRole('heading', { name: 'Wat niet, en waarom' }).isVisible()).resolves.toBe(true);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('link', { name: /Bekijk de uitslag/ }).click()]);
    await page.getByRole('heading', { name: /^Uitslag:/ }).waitFor();
    await expect(page.getByRole('table').count()).resolves.toBe(2);
    expect(await axeFouten(page, { browser, javascriptUit: `${basis}/` })).toEqual([]);
    await page.context().close();
  });
});
