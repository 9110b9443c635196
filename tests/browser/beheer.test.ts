/**
 * The coördinator's workplace in Chromium with JavaScript OFF, against `netlify dev` with a fresh
 * database (tests/build/setup.ts sets BEHEER_EMAILS): ask for a link, sign in through the link in
 * the outbox (the link's page has one button; only its POST uses the token), see the dashboard,
 * open an avond, print the attendance list (print media: one table, no page chrome), download
 * the CSV, send a message, sign out — after which the old cookie is refused. axe (WCAG 2.2 AA) on
 * every staff page. And: no resident route sets a cookie, and a cross-origin POST is refused.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BEHEER_EMAIL } from '../build/setup.ts';
import { axeFouten, browserBeschikbaar, openPagina, startBrowser, vulInEnVerstuur } from './browser.ts';

const basis = inject('basisUrl');
const database = inject('stackDatabase');
const dist = inject('distMap');
const slug = 'buurthuis-vlietwijk-2027-03';

interface OutboxMail {
  aan: string | null;
  soort: string;
  tekst: string | null;
}
const outbox = async (): Promise<OutboxMail[]> =>
  ((await (await fetch(`${basis}/api/dev/outbox`)).json()) as { mails: OutboxMail[] }).mails;

/** axe on a page opened with JavaScript off: scanned as a copy of its HTML (see axeFouten). */
const axe = (page: Page, browser: Browser): Promise<string[]> =>
  axeFouten(page, { browser, javascriptUit: `${basis}/` });

function htmlBestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return htmlBestanden(pad);
    return naam.endsWith('.html') ? [relative(dist, pad)] : [];
  });
}

describe.runIf(browserBeschikbaar() && database)('the workplace /beheer/ in Chromium, JavaScript off', () => {
  let browser: Browser;
  let beheerUrl = '';
  beforeAll(async () => {
    browser = await startBrowser();
    // A resident on the list, so the avond has names to show.
    const r = await fetch(`${basis}/api/avonden/${slug}/aanmeldingen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ naam: 'Werkplek Bewoner', email: 'werkplek-bewoner@voorbeeld.nl', personen: 2 }),
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('set-cookie')).toBeNull();
    beheerUrl = ((await r.json()) as { beheerUrl: string }).beheerUrl;
  });
  afterAll(async () => {
    await browser.close();
  });

  it('signs in by the mailed link, works, prints, downloads, and signs out for good', async () => {
    const page = await openPagina(browser, `${basis}/beheer/`, { javascript: false });
    page.setDefaultTimeout(20_000);
    expect(await axe(page, browser)).toEqual([]);

    // An unknown address: the same page, and no mail.
    const voor = (await outbox()).length;
    await vulInEnVerstuur(page, { 'E-mailadres': 'onbekend@voorbeeld.nl' }, 'Stuur mij een inloglink');
    expect(page.url()).toBe(`${basis}/beheer/link-verstuurd`);
    const onbekend = await page.locator('main').innerText();
    expect((await outbox()).length).toBe(voor);
    await page.goto(`${basis}/beheer/`);
    await vulInEnVerstuur(page, { 'E-mailadres': BEHEER_EMAIL }, 'Stuur mij een inloglink');
    expect(page.url()).toBe(`${basis}/beheer/link-verstuurd`);
    expect(await page.locator('main').innerText()).toBe(onbekend);
    expect(await axe(page, browser)).toEqual([]);

    const mail = (await outbox()).find((m) => m.aan === BEHEER_EMAIL && m.soort === 'beheer-inloggen');
    const link = /http:\/\/\S+\/beheer\/inloggen\/[A-Za-z0-9_-]{43}/.exec(mail?.tekst ?? '')?.[0];
    expect(link).toBeDefined();
    await page.goto(link!);
    expect(await axe(page, browser)).toEqual([]);
    await Promise.all([page.waitForURL(`${basis}/beheer/`), page.getByRole('button', { name: 'Inloggen' }).click()]);

    const [cookie, ...meer] = await page.context().cookies();
    expect(meer).toEqual([]);
    expect(cookie).toMatchObject({
      name: 'vs_beheer',
      path: '/beheer',
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
    });
    expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(7.9 * 3600);

    // The dashboard.
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Werkplek wijkgericht werken');
    await expect(page.getByText(`Ingelogd als ${BEHEER_EMAIL}.`).isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByRole('table', { name: /Wijken op volgorde/ })
        .locator('tbody tr')
        .count(),
    ).resolves.toBe(11);
    expect(await axe(page, browser)).toEqual([]);

    // An avond: the sign-ups.
    await Promise.all([
      page.waitForURL(`${basis}/beheer/avonden/${slug}/`),
      page.locator(`a[href="/beheer/avonden/${slug}/"]`).click(),
    ]);
    await expect(page.getByRole('cell', { name: 'Werkplek Bewoner' }).isVisible()).resolves.toBe(true);
    expect(await axe(page, browser)).toEqual([]);

    // Nothing typed yet: the field does not look wrong (no invalid border before a failed submit).
    const bericht = page.getByLabel('Bericht', { exact: true });
    const rand = () => bericht.evaluate((el) => getComputedStyle(el).borderBottomColor);
    const gewoneRand = await rand();
    await expect(bericht.evaluate((el) => el.matches(':invalid'))).resolves.toBe(false);
    // A message with a mistake keeps the form; then a preview; then it goes out through the outbox.
    await vulInEnVerstuur(page, { Bericht: '  ' }, 'Bericht versturen');
    await expect(page.getByRole('link', { name: 'Schrijf het bericht.' }).isVisible()).resolves.toBe(true);
    expect(await rand()).not.toBe(gewoneRand);
    expect(await axe(page, browser)).toEqual([]);
    await vulInEnVerstuur(page, { Bericht: 'We zitten in zaal 2.' }, 'Bericht versturen');
    await page.getByRole('heading', { name: 'Controleer het bericht' }).waitFor();
    expect(await axe(page, browser)).toEqual([]);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Wijzig' }).click()]);
    await expect(bericht.inputValue()).resolves.toBe('We zitten in zaal 2.');
    await vulInEnVerstuur(page, {}, 'Bericht versturen');
    expect((await outbox()).filter((m) => m.soort === 'beheer-bericht')).toEqual([]);
    await vulInEnVerstuur(page, {}, 'Verstuur');
    await expect(page.getByText(/Het bericht gaat naar \d+ aangemelde deelnemers\./).isVisible()).resolves.toBe(true);
    const berichten = (await outbox()).filter((m) => m.soort === 'beheer-bericht');
    expect(berichten.map((m) => m.aan)).toContain('werkplek-bewoner@voorbeeld.nl');
    expect(berichten.find((m) => m.aan === 'werkplek-bewoner@voorbeeld.nl')?.tekst).toContain('We zitten in zaal 2.');

    // The attendance list, printed: one table, no page chrome.
    await Promise.all([
      page.waitForURL(/presentielijst$/),
      page.getByRole('link', { name: 'Presentielijst om af te drukken' }).click(),
    ]);
    expect(await axe(page, browser)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('table:visible').count()).resolves.toBe(1);
    const kader = page.locator(':is(.utrecht-page-header, .utrecht-page-footer, nav, form, a, button):visible');
    await expect(kader.count()).resolves.toBe(0);
    await expect(page.locator('table tbody').innerText()).resolves.toContain('Werkplek Bewoner');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });

    // The CSV download, with an audit row.
    await page.goto(`${basis}/beheer/avonden/${slug}/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Aanmeldingen downloaden (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`aanmeldingen-${slug}.csv`);
    expect(await readFile(await download.path(), 'utf8')).toContain('"Werkplek Bewoner"');
    await page.goto(`${basis}/beheer/logboek`);
    await expect(page.locator('main').innerText()).resolves.toContain(`Export aanmeldingen (CSV): ${slug}`);
    expect(await axe(page, browser)).toEqual([]);

    // A survey: the counts so far, for staff only.
    await page.goto(`${basis}/beheer/enquetes/buurthuis-vlietwijk/`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('Enquête:');
    expect(await axe(page, browser)).toEqual([]);

    // Sign out: the session is gone, the old cookie is refused.
    const oud = `${cookie!.name}=${cookie!.value}`;
    await Promise.all([
      page.waitForURL(`${basis}/beheer/?uitgelogd=1`),
      page.getByRole('button', { name: 'Uitloggen' }).click(),
    ]);
    await page.getByRole('status').getByText('U bent uitgelogd.').waitFor();
    await expect(page.getByLabel('E-mailadres').isVisible()).resolves.toBe(true);
    expect(await page.context().cookies()).toEqual([]);
    const weer = await fetch(`${basis}/beheer/logboek`, { headers: { cookie: oud } });
    expect(weer.status).toBe(401);
    const csv = await fetch(`${basis}/beheer/avonden/${slug}/aanmeldingen.csv`, { headers: { cookie: oud } });
    expect(csv.status).toBe(401);
    await page.context().close();
  });

  it('refuses a cross-origin POST; every staff answer is no-store and noindex', async () => {
    const r = await fetch(`${basis}/beheer/inloggen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://kwaad.example' },
      body: `email=${encodeURIComponent(BEHEER_EMAIL)}`,
      redirect: 'manual',
    });
    expect(r.status).toBe(403);
    for (const pad of ['/beheer/', '/beheer/logboek', `/beheer/avonden/${slug}/presentielijst`]) {
      const a = await fetch(`${basis}${pad}`, { redirect: 'manual' });
      expect(a.headers.get('cache-control'), pad).toBe('no-store');
      expect(a.headers.get('x-robots-tag'), pad).toContain('noindex');
    }
  });

  it('no resident route sets a cookie', async () => {
    const paden = [
      ...htmlBestanden(dist).map((b) => `/${b.replace(/index\.html$/, '')}`),
      '/api/status',
      '/api/straat?q=Voorstraat',
      `/api/avonden/${slug}`,
      `/api/avonden/${slug}/aanmeldingen`,
      beheerUrl.replace(/^https?:\/\/[^/]+/, ''),
      '/api/enquetes/buurthuis-vlietwijk/antwoorden',
      '/api/enquetes/groen-veurseweg/resultaten',
      '/bestaat-niet/',
    ];
    expect(paden.length).toBeGreaterThan(30);
    const metCookie: string[] = [];
    for (const pad of paden) {
      const r = await fetch(`${basis}${pad}`, { headers: { accept: 'text/html' }, redirect: 'manual' });
      if (r.headers.get('set-cookie') !== null) metCookie.push(pad);
    }
    for (const [pad, body] of [
      [`/api/avonden/${slug}/aanmeldingen`, 'naam=&email=&personen=1'],
      ['/api/enquetes/buurthuis-vlietwijk/antwoorden', ''],
      [`${beheerUrl.replace(/^https?:\/\/[^/]+/, '')}/annuleren`, ''],
    ] as const) {
      const r = await fetch(`${basis}${pad}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body,
        redirect: 'manual',
      });
      if (r.headers.get('set-cookie') !== null) metCookie.push(`POST ${pad}`);
    }
    expect(metCookie).toEqual([]);
  });
});
