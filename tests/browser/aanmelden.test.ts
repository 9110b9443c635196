/**
 * A resident signs up in Chromium, against `netlify dev` with a fresh PostgreSQL database
 * (tests/build/setup.ts): with JavaScript OFF (plain POST, server-rendered answers) and ON
 * (inline, same messages, no page load). The static page was built on 1 December 2026, before
 * sign-up opened, while the functions' "now" is 20 February 2027 (open): without JavaScript the
 * page shows no active form but the date it opens and a link to the live form; with JavaScript
 * the loader asks the function and shows the form. First with a mistake: the error summary links
 * to the field and everything typed stays. Then the confirmation, the e-mail in the outbox, and
 * cancel, which asks once. A double submit sends once. The answer pages pass axe (WCAG 2.2 AA).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeFouten, browserBeschikbaar, openPagina, startBrowser, vulInEnVerstuur } from './browser.ts';

const basis = inject('basisUrl');
const database = inject('stackDatabase');
const avondPad = '/avonden/buurthuis-vlietwijk-2027-03/';
/** axe on the page; with JavaScript off, on a copy of its HTML (see axeFouten). */
const axe = (page: Page, browser: Browser, javascript: boolean): Promise<string[]> =>
  axeFouten(page, javascript ? {} : { browser, javascriptUit: `${basis}/` });

async function mailAan(adres: string): Promise<{ onderwerp: string; tekst: string } | undefined> {
  const r = await fetch(`${basis}/api/dev/outbox`);
  const { mails } = (await r.json()) as { mails: { aan: string; onderwerp: string; tekst: string }[] };
  return mails.find((m) => m.aan === adres);
}

describe.runIf(browserBeschikbaar() && database)('signing up for an informatieavond in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  describe.each([false, true])('JavaScript %s', (javascript) => {
    const email = `bewoner-${javascript ? 'js' : 'zonder-js'}@voorbeeld.nl`;

    it('a mistake, then a sign-up, then the confirmation with reference, calendar and manage link; then cancel', async () => {
      const page = await openPagina(browser, `${basis}${avondPad}`, { javascript });
      page.setDefaultTimeout(20_000);
      const form = page.locator('form[data-laadt="formulier"]');
      if (!javascript) {
        // Built before opening: no active form, but from when, and the live form one link away.
        await expect(form.isVisible()).resolves.toBe(false);
        await expect(page.getByRole('button', { name: 'Aanmelden' }).count()).resolves.toBe(0);
        await expect(page.getByText('Aanmelden kan vanaf vrijdag 15 januari 2027, 09:00.').isVisible()).resolves.toBe(
          true,
        );
        await Promise.all([
          page.waitForURL(/\/api\/avonden\/buurthuis-vlietwijk-2027-03\/aanmeldingen$/),
          page.getByRole('link', { name: 'deze link naar het aanmeldformulier' }).click(),
        ]);
      } else {
        // The function says it is open now: the loader shows the form and drops the note.
        await form.waitFor({ state: 'visible' });
        await expect(page.getByText('Aanmelden kan vanaf').isVisible()).resolves.toBe(false);
      }
      await expect(form.getByText('Hierheen sturen wij uw bevestiging').isVisible()).resolves.toBe(true);
      await expect(page.getByText('verwijderen wij uw naam, e-mailadres en vraag').first().isVisible()).resolves.toBe(
        true,
      );
      if (javascript) {
        // The loader shows the live places left before anything is sent.
        await page.getByText(/Er zijn nog \d+ plaatsen vrij\./).waitFor();
      }

      await vulInEnVerstuur(
        page,
        {
          Naam: 'Sanne de Vries',
          'E-mailadres': 'sanne@',
          'Met hoeveel personen komt u?': '2',
          'Wat wilt u vragen of meegeven? (optioneel)': 'Komt er een lift?',
        },
        'Aanmelden',
      );
      const samenvatting = page.locator('#foutsamenvatting');
      await samenvatting.waitFor();
      await expect(samenvatting.textContent()).resolves.toContain('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
      await expect(page.getByLabel('Naam', { exact: true }).inputValue()).resolves.toBe('Sanne de Vries');
      await expect(page.getByLabel('Wat wilt u vragen of meegeven? (optioneel)').inputValue()).resolves.toBe(
        'Komt er een lift?',
      );
      if (javascript) {
        expect(new URL(page.url()).pathname).toBe(avondPad); // inline: no page load
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('foutsamenvatting');
      } else {
        expect(new URL(page.url()).pathname).toBe('/api/avonden/buurthuis-vlietwijk-2027-03/aanmeldingen');
        await expect(page.title()).resolves.toMatch(/^Fout: /);
      }
      expect(await axe(page, browser, javascript)).toEqual([]);
      await samenvatting.getByRole('link').click();
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('aanmelding-email');

      await vulInEnVerstuur(page, { 'E-mailadres': email }, 'Aanmelden');
      await page.getByRole('heading', { name: 'U bent aangemeld' }).waitFor();
      const referentie = (await page.locator('[data-referentie]').textContent()) ?? '';
      expect(referentie).toMatch(/^VS-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      // Exactly one calendar link: with JavaScript the page's own link below the form must not stay
      // beside the one in the inline confirmation.
      const agenda = page.getByRole('link', { name: /Zet de avond in uw agenda/ });
      await expect(agenda.count()).resolves.toBe(1);
      await expect(agenda.getAttribute('href')).resolves.toBe('/avonden/buurthuis-vlietwijk-2027-03/agenda.ics');
      if (javascript) expect(new URL(page.url()).pathname).toBe(avondPad);
      else expect(new URL(page.url()).pathname).toMatch(/^\/api\/aanmeldingen\/[A-Za-z0-9_-]{43}$/);
      expect(await axe(page, browser, javascript)).toEqual([]);

      // The same went out by e-mail (locally: the outbox).
      const mail = await mailAan(email);
      expect(mail?.onderwerp).toBe('Aangemeld: Informatieavond nieuw buurthuis Vlietwijk');
      expect(mail?.tekst).toContain(referentie);

      // The manage link: view and cancel (a plain form post, with or without JavaScript). Without
      // JavaScript the confirmation IS the manage page, which does not link to itself.
      if (javascript)
        await Promise.all([
          page.waitForLoadState('load'),
          page.getByRole('link', { name: 'Uw aanmelding bekijken of u afmelden' }).click(),
        ]);
      else
        await expect(page.getByRole('link', { name: 'Uw aanmelding bekijken of u afmelden' }).count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Afmelden voor deze avond' }).waitFor();
      // It asks once; "Nee, terug" changes nothing, "Ja, afmelden" cancels (then 303 to the manage page).
      await Promise.all([
        page.waitForURL(/\/api\/aanmeldingen\/[^/?]+\/annuleren\??$/),
        page.getByRole('button', { name: 'Afmelden voor deze avond' }).click(),
      ]);
      await page.getByRole('heading', { name: 'Weet u zeker dat u zich wilt afmelden?' }).waitFor();
      expect(await axe(page, browser, javascript)).toEqual([]);
      await Promise.all([
        page.waitForURL(/\/api\/aanmeldingen\/[^/?]+$/),
        page.getByRole('link', { name: 'Nee, terug' }).click(),
      ]);
      await expect(page.getByRole('heading', { name: 'U bent aangemeld' }).isVisible()).resolves.toBe(true);
      await Promise.all([
        page.waitForURL(/\/annuleren\??$/),
        page.getByRole('button', { name: 'Afmelden voor deze avond' }).click(),
      ]);
      await Promise.all([
        page.waitForURL(/\/api\/aanmeldingen\/[^/?]+$/),
        page.getByRole('button', { name: 'Ja, afmelden' }).click(),
      ]);
      await page.getByRole('heading', { name: 'U bent afgemeld' }).waitFor();
      await expect(page.getByText(referentie).isVisible()).resolves.toBe(true);
      // One short confirmation by e-mail, in the same words ("afgemeld"), with the way back.
      const mails = async () => {
        const r = await fetch(`${basis}/api/dev/outbox`);
        const { mails } = (await r.json()) as { mails: { onderwerp: string; tekst: string }[] };
        return mails.filter((m) => m.onderwerp.startsWith('Afgemeld:') && m.tekst.includes(referentie));
      };
      await expect.poll(async () => (await mails()).length, { timeout: 10_000 }).toBe(1);
      expect((await mails())[0]?.tekst).toContain(`Meld u opnieuw aan via`);
      await page.context().close();
    });
  });

  it('with JavaScript, a double submit sends one post', async () => {
    const page = await openPagina(browser, `${basis}${avondPad}`, { javascript: true });
    page.setDefaultTimeout(20_000);
    const form = page.locator('form[data-laadt="formulier"]');
    await form.waitFor({ state: 'visible' });
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/aanmeldingen')) posts.push(r.url());
    });
    await page.getByLabel('Naam', { exact: true }).fill('Dubbel Klikker');
    await page.getByLabel('E-mailadres', { exact: true }).fill('dubbel@voorbeeld.nl');
    // Two submits in a row, before the inline script has taken over (as a fast double click can).
    await form.evaluate((f: HTMLFormElement) => {
      f.requestSubmit();
      f.requestSubmit();
    });
    await page.locator('#uitslag').waitFor();
    await page.waitForTimeout(1000); // time for a second post to show up, if there were one
    expect(posts).toHaveLength(1);
    await page.context().close();
  });
});
