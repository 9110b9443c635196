/**
 * The maps in Chromium, without network: PDOK is refused, so the basemap cannot load and the
 * overlays must draw on the plain background. Every map page shows the static SVG map first, also
 * with JavaScript off (every project a link, every wijk named); no map code loads until
 * "Kaart met achtergrond en zoomen" is pressed, also on /kaart/; then the interactive map takes the
 * static map's place. The map's projects are the text alternative's projects.
 */
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kaartAchtergrond, typeStijl } from '../../src/lib/kaart-stijl.ts';
import type { KaartData } from '../../src/lib/kaart.ts';
import { axeFouten, browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as never;

/** Counts, in a screenshot of the map canvas (markers and popups hidden), pixels of each colour. */
async function kleurenOpKaart(page: Page, kleuren: string[]): Promise<{ totaal: number; per: number[]; hoek: string }> {
  const zichtbaar = (v: string) =>
    page.evaluate((waarde) => {
      for (const el of document.querySelectorAll<HTMLElement>('.maplibregl-marker, .maplibregl-popup'))
        el.style.visibility = waarde;
    }, v);
  await zichtbaar('hidden');
  const png = PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot());
  await zichtbaar('');
  const doelen = kleuren.map(rgb);
  const per = doelen.map(() => 0);
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    doelen.forEach(([r0, g0, b0], k) => {
      if (Math.abs(r - r0) + Math.abs(g - g0) + Math.abs(b - b0) <= 24) per[k]!++;
    });
  }
  const hoek = `#${[0, 1, 2].map((k) => png.data[k]!.toString(16).padStart(2, '0')).join('')}`;
  return { totaal: png.width * png.height, per, hoek };
}

/** Project slugs of the map's markers and of the text alternative's links. */
async function projectenOpKaartEnInTekst(page: Page): Promise<{ kaart: string[]; tekst: string[] }> {
  const kaart = await page
    .locator('.vs-kaart__punt')
    .evaluateAll((knoppen) => knoppen.map((k) => (k as HTMLElement).dataset['project'] ?? ''));
  const tekst = await page
    .locator('[data-kaart-tekst] a[href^="/projecten/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/')[2]!));
  return { kaart: [...new Set(kaart)].sort(), tekst: [...new Set(tekst)].sort() };
}

const knopNaam = 'Kaart met achtergrond en zoomen';
/** Map code: the map chunk, MapLibre, its worker, the map's JSON. */
const kaartCode = /\/_astro\/(kaart|maplibre)[^/]*\.m?js$|\/kaart\/.*\.json$/;

/** Presses the button that loads the interactive map. */
async function laadKaart(page: Page): Promise<void> {
  await page.getByRole('button', { name: knopNaam }).click();
  await wachtOpKaart(page);
}

async function wachtOpKaart(page: Page): Promise<void> {
  await page.locator('[data-kaart="geladen"]').waitFor();
  // The basemap is refused (no network): the map says so and keeps the plain background.
  await page.locator('[data-ondergrond-status="niet-beschikbaar"]').waitFor();
  await page.evaluate(() => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar))));
}

describe.runIf(browserBeschikbaar())('maps', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('/kaart/ shows the static map first; on request it draws every project and the wijk boundaries on the plain background, same projects as the list', async () => {
    const page = await openPagina(browser, 'about:blank');
    const pdok: string[] = [];
    await page.route(/pdok\.nl/, (route) => {
      pdok.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const geladen: string[] = [];
    page.on('request', (r) => geladen.push(new URL(r.url()).pathname));
    await page.goto(`${basis}/kaart/`);
    await page.waitForLoadState('networkidle');
    // The static map, and no map code, until the resident asks; the zoom buttons wait for the map.
    expect(geladen.filter((p) => kaartCode.test(p))).toEqual([]);
    expect(pdok).toEqual([]);
    await expect(page.locator('svg.vs-kaartsvg').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Inzoomen' }).isVisible()).resolves.toBe(false);

    await laadKaart(page);
    expect(geladen.some((p) => /\/_astro\/kaart\.[^/]+\.js$/.test(p))).toBe(true);
    expect(pdok.length, 'the map did try the PDOK basemap').toBeGreaterThan(0);
    // The interactive map took the static map's place; its zoom buttons are there now.
    await expect(page.locator('svg.vs-kaartsvg').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Inzoomen' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-kaart-melding]').textContent()).resolves.toContain(
      'Achtergrondkaart niet beschikbaar',
    );

    const data = (await (await page.request.get(`${basis}/kaart/voorschoten.json`)).json()) as KaartData;
    const typen = [...new Set(data.projecten.features.map((f) => f.properties.type))];
    expect(typen.length).toBeGreaterThanOrEqual(4);
    const { totaal, per, hoek } = await kleurenOpKaart(page, [
      kaartAchtergrond,
      ...typen.map((t) => typeStijl[t].kleur),
    ]);
    expect(hoek, 'plain background in the corner').toMatch(/^#f[0-9a-f]{5}$/);
    const [achtergrond, ...perType] = per;
    // The background fills most but not all of the canvas: the overlays cover the rest.
    expect(achtergrond! / totaal).toBeGreaterThan(0.3);
    expect(achtergrond! / totaal).toBeLessThan(0.95);
    // Every project type is drawn in its own colour (lines of a few pixels wide: ≥ 100 pixels each).
    typen.forEach((t, i) => expect(perType[i], t).toBeGreaterThan(100));

    const { kaart, tekst } = await projectenOpKaartEnInTekst(page);
    expect(kaart).toEqual(data.projecten.features.map((f) => f.properties.slug).sort());
    expect(tekst).toEqual(kaart);
    expect(await axeFouten(page)).toEqual([]);
    await page.context().close();
  });

  it("a click on a project's line on the map opens the popup of that project", async () => {
    const page = await openPagina(browser, `${basis}/kaart/`);
    await laadKaart(page);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.maplibregl-marker')) el.style.visibility = 'hidden';
    });
    const canvas = page.locator('canvas.maplibregl-canvas');
    const png = PNG.sync.read(await canvas.screenshot());
    const [r0, g0, b0] = rgb(typeStijl.riool.kleur);
    const isRiool = (x: number, y: number): boolean => {
      const i = (y * png.width + x) * 4;
      return Math.abs(png.data[i]! - r0) + Math.abs(png.data[i + 1]! - g0) + Math.abs(png.data[i + 2]! - b0) <= 24;
    };
    // A pixel in the middle of a riool line (its neighbours have the same colour).
    let plek: { x: number; y: number } | undefined;
    for (let y = 2; y < png.height - 2 && !plek; y++)
      for (let x = 2; x < png.width - 2 && !plek; x++)
        if ([-1, 0, 1].every((d) => isRiool(x + d, y) && isRiool(x, y + d))) plek = { x, y };
    expect(plek).toBeDefined();
    const schaal = png.width / ((await canvas.boundingBox())?.width ?? png.width);
    await canvas.click({ position: { x: plek!.x / schaal, y: plek!.y / schaal } });
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor();
    await expect(popup.textContent()).resolves.toContain('Riolering');
    await expect(popup.locator('a').getAttribute('href')).resolves.toMatch(/^\/projecten\/riool-/);
    await page.context().close();
  });

  it('with a basemap whose tiles fail, the overlays still draw on top of its background', async () => {
    const page = await openPagina(browser, 'about:blank');
    // A stand-in for the PDOK style: its own background colour and a vector source whose tiles fail.
    const stijl = {
      version: 8,
      sources: { brt: { type: 'vector', tiles: ['https://api.pdok.nl/test/{z}/{x}/{y}.pbf'], maxzoom: 14 } },
      layers: [
        { id: 'achtergrond', type: 'background', paint: { 'background-color': '#dde4ee' } },
        { id: 'water', type: 'fill', source: 'brt', 'source-layer': 'water', paint: { 'fill-color': '#0000ff' } },
      ],
    };
    await page.route(/pdok\.nl/, (route) =>
      route.request().url().includes('/styles/')
        ? route.fulfill({ json: stijl, headers: { 'access-control-allow-origin': '*' } })
        : route.abort('internetdisconnected'),
    );
    await page.goto(`${basis}/kaart/`);
    await page.getByRole('button', { name: knopNaam }).click();
    await page.locator('[data-ondergrond-status="onvolledig"]').waitFor();
    await expect(page.locator('[data-kaart-melding]').textContent()).resolves.toContain('niet (helemaal) beschikbaar');
    await page.evaluate(() => new Promise((klaar) => setTimeout(klaar, 500)));
    const kleuren = Object.values(typeStijl).map((t) => t.kleur);
    const { per, hoek } = await kleurenOpKaart(page, ['#dde4ee', ...kleuren]);
    expect(hoek, "the basemap's background, beneath the overlays").toBe('#dde4ee');
    const [achtergrond, ...perType] = per;
    expect(achtergrond).toBeGreaterThan(1000);
    expect(perType.filter((n) => n > 100).length).toBeGreaterThanOrEqual(4);
    await page.context().close();
  });

  it('a wijk page loads no map code until the button is pressed; then the map shows the wijk and passes axe', async () => {
    const page = await openPagina(browser, 'about:blank');
    const geladen: string[] = [];
    page.on('request', (r) => geladen.push(new URL(r.url()).pathname));
    await page.goto(`${basis}/wijken/vlietwijk/`);
    await page.waitForLoadState('networkidle');
    expect(geladen.filter((p) => kaartCode.test(p))).toEqual([]);
    await expect(page.getByRole('button', { name: 'Inzoomen' }).isVisible()).resolves.toBe(false);

    await laadKaart(page);
    expect(geladen.some((p) => /\/_astro\/kaart\.[^/]+\.js$/.test(p))).toBe(true);
    expect(geladen).toContain('/kaart/vlietwijk.json');
    // The map's own worker file (bundled by Vite) started, not a blob or a CDN.
    expect(geladen.some((p) => /\/_astro\/maplibre-gl-worker\.[^/]+\.mjs$/.test(p))).toBe(true);

    const data = (await (await page.request.get(`${basis}/kaart/vlietwijk.json`)).json()) as KaartData;
    const kleuren = [...new Set(data.projecten.features.map((f) => typeStijl[f.properties.type].kleur))];
    const { per } = await kleurenOpKaart(page, kleuren);
    for (const [i, n] of per.entries()) expect(n, kleuren[i]).toBeGreaterThan(100);

    const { kaart, tekst } = await projectenOpKaartEnInTekst(page);
    expect(kaart.length).toBeGreaterThan(0);
    expect(kaart).toEqual(data.projecten.features.map((f) => f.properties.slug).sort());
    expect(tekst).toEqual(kaart);
    expect(await axeFouten(page)).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript there is no button; the static map and the list per street are there', async () => {
    const page = await openPagina(browser, `${basis}/wijken/vlietwijk/`, { javascript: false });
    await expect(page.getByRole('button', { name: knopNaam }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Inzoomen' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: 'De projecten op de kaart, per straat' }).count()).resolves.toBe(1);
    await expect(page.locator('[data-kaart-tekst] a[href^="/projecten/"]').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  /** The static map on the page: the hrefs and names of its links, its texts, the text alternative's links. */
  const statischeKaart = (page: Page) =>
    page.evaluate(() => {
      const svg = document.querySelector('svg.vs-kaartsvg');
      const zichtbaar = svg !== null && svg.getBoundingClientRect().width > 100;
      const links = [...(svg?.querySelectorAll('a') ?? [])].map((a) => ({
        href: a.getAttribute('href') ?? '',
        naam: a.getAttribute('aria-label') ?? '',
      }));
      const teksten = [...(svg?.querySelectorAll('text') ?? [])].map((t) => t.textContent);
      const lijst = [
        ...new Set(
          [...document.querySelectorAll('[data-kaart-tekst] a[href^="/projecten/"]')].map(
            (a) => a.getAttribute('href') ?? '',
          ),
        ),
      ].sort();
      return { zichtbaar, links, teksten, lijst };
    });

  it('with JavaScript off, /kaart/ and every wijk page show the static map: every project a link, every wijk named', async () => {
    const page = await openPagina(browser, `${basis}/kaart/`, { javascript: false });
    const json = async (pad: string) => (await (await page.request.get(`${basis}${pad}`)).json()) as KaartData;
    const voorschoten = await json('/kaart/voorschoten.json');
    const namen = voorschoten.grenzen.features.map((f) => f.properties.naam);
    const kaart = await statischeKaart(page);
    expect(kaart.zichtbaar).toBe(true);
    expect(kaart.links.map((l) => l.href).sort()).toEqual(
      voorschoten.projecten.features.map((f) => f.properties.url).sort(),
    );
    for (const { properties: p } of voorschoten.projecten.features)
      expect(kaart.links).toContainEqual({ href: p.url, naam: `${p.titel} (${p.typeNaam})` });
    expect(kaart.teksten.toSorted()).toEqual(namen.toSorted());
    expect(kaart.lijst).toEqual(kaart.links.map((l) => l.href).sort());
    // Links in the SVG are real links, named in the accessibility tree.
    const eerste = kaart.links[0]!;
    await expect(page.getByRole('link', { name: eerste.naam, exact: true }).count()).resolves.toBe(1);
    expect(await axeFouten(page, { browser, javascriptUit: `${basis}/kaart/` })).toEqual([]);

    for (const { properties: w } of voorschoten.grenzen.features) {
      const data = await json(`/kaart/${w.wijk}.json`);
      await page.goto(`${basis}/wijken/${w.wijk}/`);
      const wijk = await statischeKaart(page);
      expect(wijk.zichtbaar, w.wijk).toBe(true);
      expect(wijk.links.map((l) => l.href).sort(), w.wijk).toEqual(
        data.projecten.features.map((f) => f.properties.url).sort(),
      );
      // Its own name, and only names of wijken (neighbours where they fit).
      expect(wijk.teksten, w.wijk).toContain(w.naam);
      for (const t of wijk.teksten) expect(namen, w.wijk).toContain(t);
      expect(wijk.lijst, w.wijk).toEqual(wijk.links.map((l) => l.href).sort());
    }
    await page.context().close();
  });

  it('a street page shows its projects on a small static map of its wijk, without JavaScript', async () => {
    const page = await openPagina(browser, `${basis}/straten/`, { javascript: false });
    const straten = await page
      .locator('main a[href^="/straten/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await page.context().close();
    let metProjecten = 0;
    for (const pad of straten.slice(0, 25)) {
      const p = await openPagina(browser, `${basis}${pad}`, { javascript: false });
      const lijst = await p
        .locator('#projecten + ul a[href^="/projecten/"]')
        .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? ''))].sort());
      const svg = p.locator('svg.vs-kaartsvg');
      if ((await svg.count()) === 0) {
        expect(lijst, `${pad}: projects but no map`).toEqual([]);
      } else {
        metProjecten++;
        const opKaart = await svg.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '').sort());
        // The map's links are exactly the street's projects listed above it.
        expect(opKaart.length, pad).toBeGreaterThan(0);
        expect(opKaart, pad).toEqual(lijst);
        const wijk = await p.locator('main .utrecht-paragraph--lead a[href^="/wijken/"]').textContent();
        await expect(svg.locator('text').allTextContents()).resolves.toContain(wijk?.trim());
        expect(await p.locator('script').count(), pad).toBe(0);
      }
      await p.context().close();
    }
    expect(metProjecten).toBeGreaterThan(0);
  });
});
