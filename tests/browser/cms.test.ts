/**
 * The content editor at /admin/ (Sveltia CMS) in Chromium, from the built site through
 * `netlify dev`, with the site's CSP on. Nothing loads from another site (no CDN); the CMS's
 * component styles come from /admin/cms-stijl.css although the CSP blocks its inline <style>s.
 *
 * With the production config the sign-in page offers GitHub. With Sveltia's test backend (which
 * reads and writes the browser's private file system) and our real content put there, the editor
 * shows every collection with its entries and an entry's form with our Dutch labels; an entry
 * saved by the CMS is read back from that file system and passes our schemas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { avondSchema, berichtSchema } from '../../src/domain/schemas.ts';
import { browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');
const inhoudMap = resolve(import.meta.dirname, '../../content');
const collecties = ['wijken', 'projecten', 'avonden', 'enquetes', 'berichten', 'acties'] as const;

/** Requests to anything but our own origin (data: and blob: URLs are in the page itself). */
function vreemdeVerzoeken(page: Page): string[] {
  const vreemd: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(basis) && !/^(data|blob):/.test(url)) vreemd.push(url);
  });
  return vreemd;
}

/** Serves /admin/config.yml with Sveltia's test backend instead of GitHub. */
async function metTestBackend(page: Page): Promise<void> {
  await page.route(/\/admin\/config\.yml/, async (route) => {
    const echt = await route.fetch();
    const tekst = (await echt.text()).replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
    await route.fulfill({ response: echt, body: tekst });
  });
}

/** Puts the content folders into the origin's private file system, where the test backend reads. */
async function zetInhoudKlaar(page: Page): Promise<void> {
  const bestanden: Record<string, string> = {};
  for (const map of collecties)
    for (const naam of readdirSync(join(inhoudMap, map)))
      bestanden[`content/${map}/${naam}`] = readFileSync(join(inhoudMap, map, naam), 'utf8');
  await page.evaluate(async (bestanden) => {
    const wortel = await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle('sveltia-cms-test', { create: true });
    for (const [pad, tekst] of Object.entries(bestanden)) {
      const delen = pad.split('/');
      let map = wortel;
      for (const deel of delen.slice(0, -1)) map = await map.getDirectoryHandle(deel, { create: true });
      const schrijver = await (await map.getFileHandle(delen.at(-1)!, { create: true })).createWritable();
      await schrijver.write(tekst);
      await schrijver.close();
    }
  }, bestanden);
}

/** A file as the CMS left it in the private file system. */
const leesTerug = (page: Page, pad: string): Promise<string> =>
  page.evaluate(async (pad) => {
    let map = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    const delen = pad.split('/');
    for (const deel of delen.slice(0, -1)) map = await map.getDirectoryHandle(deel);
    return (await (await map.getFileHandle(delen.at(-1)!)).getFile()).text();
  }, pad);

/** A CMS field by its key path ("start", "aanmelding.opent"): Sveltia labels it 'Veld “<label>”'. */
const veld = (page: Page, pad: string) => page.locator(`section[data-key-path="${pad}"]`);
const invoer = (page: Page, pad: string) => veld(page, pad).locator('input, textarea').first();

/** Errors thrown in the page (a broken form throws, e.g. Svelte's each_key_duplicate). */
function paginaFouten(page: Page): string[] {
  const fouten: string[] = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  return fouten;
}

/** Frontmatter read the way Astro reads it (YAML 1.1). */
const voorwerk = (tekst: string): unknown =>
  parse(/^---\n([\s\S]*?)\n---/.exec(tekst)?.[1] ?? '', { schema: 'yaml-1.1' });

describe.runIf(browserBeschikbaar())('content editor /admin/ (Sveltia CMS)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is served with the strict CSP, loads nothing from another site, and offers sign-in with GitHub', async () => {
    const page = await openPagina(browser, 'about:blank');
    const vreemd = vreemdeVerzoeken(page);
    const antwoord = await page.goto(`${basis}/admin/`);
    const csp = antwoord?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    expect(antwoord?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    await page.getByRole('button', { name: /GitHub/ }).waitFor();
    await expect(
      page.locator('link[rel="icon"], link[rel="shortcut icon"]').first().getAttribute('href'),
    ).resolves.toContain('favicon.svg');
    // Styled by /admin/cms-stijl.css and its own fonts from our origin, not a bare page.
    const knop = page.getByRole('button', { name: /GitHub/ });
    const stijl = await knop.evaluate((k) => {
      const s = getComputedStyle(k);
      return { rand: s.borderRadius, font: s.fontFamily };
    });
    expect(stijl.rand).not.toBe('0px');
    expect(stijl.font).toContain('Source Sans 3');
    expect(vreemd).toEqual([]);
    await page.context().close();

    const zonderJs = await openPagina(browser, `${basis}/admin/`, { javascript: false });
    await expect(zonderJs.locator('body').innerText()).resolves.toContain(
      'Voor het bewerken van de inhoud is JavaScript nodig. Voor bewoners is deze pagina niet bedoeld: ga naar de startpagina.',
    );
    await zonderJs.context().close();
  });

  it('with the test backend: every collection with its entries, an entry form with our labels, saved in the format our schemas accept', async () => {
    const page = await openPagina(browser, `${basis}/`);
    const vreemd = vreemdeVerzoeken(page);
    const fouten = paginaFouten(page);
    await zetInhoudKlaar(page);
    await metTestBackend(page);
    await page.goto(`${basis}/admin/`);
    await page.getByRole('button', { name: /test/i }).click();

    await page.getByText('Actielijsten').first().waitFor();
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toMatch(/Berichten\s+\d+/);
    const tekst = await page.locator('body').innerText();
    for (const [label, map] of [
      ['Wijken', 'wijken'],
      ['Projecten', 'projecten'],
      ['Informatieavonden', 'avonden'],
      ['Enquêtes', 'enquetes'],
      ['Berichten', 'berichten'],
      ['Actielijsten', 'acties'],
    ] as const)
      expect(tekst).toMatch(new RegExp(`${label}\\s+${readdirSync(join(inhoudMap, map)).length}\\b`));

    // The first project of the session shows its geometry (Sveltia's code field once lost it) and
    // has nothing to save until the editor changes something.
    await page.goto(`${basis}/admin/#/collections/projecten/entries/speelplek-bachlaan`);
    const project = readFileSync(join(inhoudMap, 'projecten/speelplek-bachlaan.mdx'), 'utf8');
    const geometrie = (parse(/^---\n([\s\S]*?)\n---/.exec(project)![1]!) as { geometrie: string }).geometrie;
    await expect.poll(() => invoer(page, 'geometrie').inputValue(), { timeout: 10_000 }).toBe(geometrie);
    await expect(page.getByRole('button', { name: 'Opslaan' }).isDisabled()).resolves.toBe(true);

    // An avond: Dutch labels, its Dutch local start time, the project as a relation.
    await page.goto(`${basis}/admin/#/collections/avonden/entries/speelplek-bachlaan-2027-02`);
    const origineel = avondSchema.parse(
      voorwerk(readFileSync(join(inhoudMap, 'avonden/speelplek-bachlaan-2027-02.mdx'), 'utf8')),
    );
    await invoer(page, 'titel').waitFor();
    await expect.poll(() => invoer(page, 'titel').inputValue()).toBe(origineel.titel);
    await expect(invoer(page, 'start').inputValue()).resolves.toBe(origineel.start.lokaal);
    await expect(page.getByText('Nederlandse tijd.').first().isVisible()).resolves.toBe(true);
    for (const [pad, label] of [
      ['titel', 'Titel'],
      ['start', 'Begint op'],
      ['project', 'Project'],
      ['capaciteit', 'Aantal plaatsen'],
    ] as const)
      await expect(veld(page, pad).getAttribute('aria-label')).resolves.toContain(label);

    // The preview pane: the site's stylesheet and the site's markup (title as NLDS heading, sample notice).
    const voorbeeld = page.locator('iframe').first().contentFrame();
    await expect(voorbeeld.locator('h1.utrecht-heading-1').textContent()).resolves.toBe(origineel.titel);
    await expect(
      voorbeeld.locator('.voorschoten-theme .utrecht-body .vs-voorbeeld .utrecht-alert__content').count(),
    ).resolves.toBe(1);
    // The facts as the site writes them, and the theme's font (not the browser's default serif).
    await expect(voorbeeld.locator('.utrecht-data-list').textContent()).resolves.toContain(
      'woensdag 17 februari 2027, 15:30 tot 17:00 uur',
    );
    const font = await voorbeeld.locator('h1.utrecht-heading-1').evaluate((e) => getComputedStyle(e).fontFamily);
    expect(font).not.toMatch(/Times/);
    await expect(voorbeeld.locator('link[rel=stylesheet]').first().getAttribute('href')).resolves.toMatch(
      /\/_astro\/site\.[\w-]+\.css$/,
    );
    const kop = await voorbeeld.locator('h1.utrecht-heading-1').evaluate((e) => getComputedStyle(e).fontWeight);
    expect(Number(kop)).toBeGreaterThanOrEqual(600);

    // Change the number of places and save; the file the CMS writes still passes the schema.
    await invoer(page, 'capaciteit').fill(String(origineel.capaciteit + 5));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(async () => voorwerk(await leesTerug(page, 'content/avonden/speelplek-bachlaan-2027-02.mdx')), {
        timeout: 10_000,
      })
      .toMatchObject({ capaciteit: origineel.capaciteit + 5 });
    const opgeslagen = avondSchema.parse(
      voorwerk(await leesTerug(page, 'content/avonden/speelplek-bachlaan-2027-02.mdx')),
    );
    expect(opgeslagen.start).toEqual(origineel.start);
    expect(opgeslagen.aanmelding).toEqual(origineel.aanmelding);
    expect(opgeslagen.onderwerpen).toEqual(origineel.onderwerpen);

    // A bericht keeps its date as text (the schema wants "JJJJ-MM-DD" quoted).
    await page.goto(`${basis}/admin/#/collections/berichten/entries/bachlaan-ontwerp-vastgesteld`);
    await invoer(page, 'titel').waitFor();
    await invoer(page, 'titel').fill('Het ontwerp van de speelplek aan de Bachlaan is vastgesteld');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(async () => voorwerk(await leesTerug(page, 'content/berichten/bachlaan-ontwerp-vastgesteld.mdx')), {
        timeout: 10_000,
      })
      .toMatchObject({ titel: 'Het ontwerp van de speelplek aan de Bachlaan is vastgesteld' });
    const bericht = await leesTerug(page, 'content/berichten/bachlaan-ontwerp-vastgesteld.mdx');
    expect(berichtSchema.safeParse(voorwerk(bericht)).error?.issues ?? []).toEqual([]);

    // A new avond: the form opens (the open points of all projects are offered until a project is chosen).
    await page.goto(`${basis}/admin/#/collections/avonden/new`);
    await invoer(page, 'capaciteit').waitFor();
    expect(fouten).toEqual([]);
    expect(vreemd).toEqual([]);
    await page.context().close();
  });
});
