/**
 * Follow a street by e-mail in Chromium with JavaScript OFF, against `netlify dev` with a fresh
 * PostgreSQL (tests/build/setup.ts): subscribe on the street page, confirm from the mail in the
 * outbox (the link shows a button; only its POST confirms), add a bericht to the content the
 * functions read (as a deploy would), run the hourly function, find the alert with its one-click
 * unsubscribe URL, and unsubscribe with one POST: the address is gone. Answer pages pass axe.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeFouten, browserBeschikbaar, openPagina, startBrowser, vulInEnVerstuur } from './browser.ts';

const basis = inject('basisUrl');
const database = inject('stackDatabase');
const inhoudMap = inject('inhoudMap');
const email = 'volger-zonder-js@voorbeeld.nl';
const bericht = join(inhoudMap, 'berichten', 'browsertest-voorstraat-volgen.mdx');

interface OutboxMail {
  soort: string;
  aan: string;
  onderwerp: string;
  tekst: string;
  afmeld_url: string | null;
}
async function mail(soort: string): Promise<OutboxMail | undefined> {
  const r = await fetch(`${basis}/api/dev/outbox`);
  const { mails } = (await r.json()) as { mails: OutboxMail[] };
  return mails.find((m) => m.aan === email && m.soort === soort);
}
/** The path of a link in a mail (the site address in mails may differ from the test port). */
const pad = (url: string): string => new URL(url).pathname + new URL(url).search;

describe.runIf(browserBeschikbaar() && database)('following a street by e-mail in Chromium (JavaScript off)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    rmSync(bericht, { force: true });
    await browser.close();
  });
  const axe = (page: Page) => axeFouten(page, { browser, javascriptUit: `${basis}/` });

  it('subscribes, confirms, gets a mail after a new bericht, and unsubscribes with one click', async () => {
    const page = await openPagina(browser, `${basis}/straten/voorstraat/`, { javascript: false });
    page.setDefaultTimeout(20_000);
    await page.getByRole('heading', { name: 'Volg deze straat per e-mail' }).waitFor();
    await page.getByLabel('Meteen als er iets nieuws is').check();
    await vulInEnVerstuur(page, { 'E-mailadres': email }, 'Volgen');
    await page.getByRole('heading', { name: 'Kijk in uw e-mail' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/api/volgen');
    expect(await axe(page)).toEqual([]);

    const bevestig = await mail('volgen-bevestigen');
    expect(bevestig?.onderwerp).toBe('Bevestig: nieuws over Voorstraat per e-mail');
    const link = /https?:\/\/\S+\/api\/volgen\/bevestigen\/[A-Za-z0-9_-]{43}/.exec(bevestig?.tekst ?? '')?.[0] ?? '';
    await page.goto(`${basis}${pad(link)}`);
    await vulInEnVerstuur(page, {}, 'Bevestigen');
    await page.getByText('Bevestigd. U krijgt voortaan e-mail als er nieuws is.').waitFor();
    await expect(page.getByRole('link', { name: 'Voorstraat' }).count()).resolves.toBe(1);
    expect(await axe(page)).toEqual([]);

    // The same link again, on a phone: it says it was used and that they already follow the street.
    const weer = await openPagina(browser, `${basis}${pad(link)}`, { javascript: false, breedte: 390 });
    await weer.getByRole('heading', { name: 'Deze link is al gebruikt' }).waitFor();
    await expect(weer.locator('main').textContent()).resolves.toContain('U volgt Voorstraat al.');
    await weer.context().close();

    // A deploy adds a bericht about the Voorstraat; the hourly run mails it.
    writeFileSync(
      bericht,
      `---\ndatum: '2027-02-19'\ntitel: 'Voorstraat: nieuwe stoep ligt erin'\nsoort: voortgang\nprojecten: [riool-voorstraat-schoolstraat]\nbron: voorbeeld\n---\n\nDe nieuwe stoep in de Voorstraat is klaar.\n`,
    );
    const run = await fetch(`${basis}/.netlify/functions/volgen-versturen`);
    expect(run.status).toBe(200);
    const alert = await mail('volgen-nieuws');
    expect(alert?.onderwerp).toBe('Nieuws over Voorstraat: Voorstraat: nieuwe stoep ligt erin');
    expect(alert?.afmeld_url).toMatch(/\/api\/volgen\/afmelden\/[A-Za-z0-9_-]{43}$/);
    expect(alert?.tekst).toContain(alert?.afmeld_url ?? '-');

    // One click (RFC 8058): the mail program POSTs; no session, no page in between.
    const uit = await fetch(`${basis}${pad(alert!.afmeld_url!)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(uit.status).toBe(200);
    const db = new pg.Client({ connectionString: database });
    await db.connect();
    try {
      const r = await db.query('SELECT 1 FROM volger WHERE email = $1', [email]);
      expect(r.rowCount).toBe(0);
    } finally {
      await db.end();
    }
  });
});
