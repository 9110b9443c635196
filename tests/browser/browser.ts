/**
 * The browser harness: Debian's Chromium driven by playwright-core (never a downloaded browser).
 * Feature tests use these helpers to open a page with JavaScript off or on, fill and submit a
 * form, and read what a map has drawn.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { PNG } from 'pngjs';
import { chromium, type Browser, type Page } from 'playwright-core';

const kandidaten = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Path of a usable Chromium, or undefined. */
export function chromiumPad(): string | undefined {
  return kandidaten.find((p): p is string => Boolean(p) && existsSync(p!));
}

/**
 * Without Chromium the browser suites are skipped — loudly — except on CI (CI=true), where a
 * missing browser is a failure: .ci/run installs it.
 */
export function browserBeschikbaar(): boolean {
  if (chromiumPad()) return true;
  const melding =
    'Chromium niet gevonden (apt-get install -y chromium, of zet CHROMIUM_PATH): browsertests OVERGESLAGEN.';
  if (process.env['CI'] === 'true') throw new Error(`${melding} Op CI is dat een fout.`);
  console.warn(`\n${'!'.repeat(80)}\n${melding}\n${'!'.repeat(80)}\n`);
  return false;
}

export function startBrowser(): Promise<Browser> {
  const pad = chromiumPad();
  if (!pad) throw new Error('Chromium niet gevonden');
  return chromium.launch({
    executablePath: pad,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      // WebGL for the maps (MapLibre) in software, without a GPU.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh context per test: no shared cookies; JavaScript off or on. */
export async function openPagina(
  browser: Browser,
  url: string,
  opties: { javascript?: boolean; breedte?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: opties.javascript ?? true,
    viewport: { width: opties.breedte ?? 1280, height: 900 },
    locale: 'nl-NL',
  });
  // Tests never reach the network: anything that is not this machine is refused.
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Fills fields by their label text (as a resident would find them) and submits the form. */
export async function vulInEnVerstuur(page: Page, velden: Record<string, string>, knop: string): Promise<void> {
  for (const [label, waarde] of Object.entries(velden)) {
    await page.getByLabel(label, { exact: true }).fill(waarde);
  }
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: knop }).click()]);
}

/**
 * Counts the pixels of an element (e.g. a map canvas) that differ from its background colour:
 * proves that something was drawn, not only that no error occurred.
 */
export async function getekendePixels(page: Page, selector: string): Promise<{ totaal: number; getekend: number }> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  const [r0, g0, b0] = [png.data[0]!, png.data[1]!, png.data[2]!];
  let getekend = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const verschil = Math.abs(png.data[i]! - r0) + Math.abs(png.data[i + 1]! - g0) + Math.abs(png.data[i + 2]! - b0);
    if (verschil > 30) getekend++;
  }
  return { totaal: png.width * png.height, getekend };
}

/** The axe rule tags every scan uses: WCAG 2.0–2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe (WCAG 2.2 A/AA) violations on a page, as "rule: target" lines. axe needs JavaScript: a page
 * opened with JavaScript off is scanned as a copy of its HTML in a page with it, on the same origin.
 */
export async function axeFouten(
  page: Page,
  opties: { browser?: Browser; javascriptUit?: string } = {},
): Promise<string[]> {
  let doel = page;
  if (opties.javascriptUit && opties.browser) {
    doel = await openPagina(opties.browser, opties.javascriptUit);
    await doel.setContent(await page.content());
  }
  const r = await new AxeBuilder({ page: doel }).withTags(WCAG_TAGS).analyze();
  if (doel !== page) await doel.context().close();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}
