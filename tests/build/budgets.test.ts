/**
 * Size budgets (scripts/budgets.ts): the real build stays within them, and a fake dist folder
 * (tests/fixtures/budget-te-groot/) proves the check reports exactly the pages that go over.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { budgetten, formatteerTabel, gz, meetBudgetten } from '../../scripts/budgets.ts';

const fixture = resolve(import.meta.dirname, '../fixtures/budget-te-groot');

/** Deterministic, hard-to-compress text: a SHA-256 chain as base64 (gzip saves only ~25 %). */
function ruis(bytes: number): string {
  const delen: Buffer[] = [];
  let blok = createHash('sha256').update('voorschoten').digest();
  for (let n = 0; n < bytes; n += blok.length) {
    delen.push(blok);
    blok = createHash('sha256').update(blok).digest();
  }
  return Buffer.concat(delen).subarray(0, bytes).toString('base64');
}

describe('size budgets of the real build', () => {
  it('are all met', () => {
    const r = meetBudgetten(inject('distMap'));
    console.log(formatteerTabel(r));
    expect(r.rijen.map((rij) => rij.soort)).toEqual([
      'home',
      'wijk',
      'project',
      'avond',
      'overig',
      'kaart na klik',
      'css totaal',
    ]);
    expect(r.paginas.filter((p) => p.soort === 'wijk')).toHaveLength(11);
    expect(r.overschreden).toEqual([]);
  });

  it('keeps the map out of the JS before action, and measures it honestly after the request', () => {
    const r = meetBudgetten(inject('distMap'));
    const kaart = r.paginas.find((p) => p.pagina === 'kaart/index.html');
    const wijken = r.paginas.filter((p) => p.soort === 'wijk');
    // /kaart/ shows the static map and, like every map page, loads MapLibre only on request:
    // before it only the loader (and Vite's shared preload helper) run.
    expect(kaart?.lader).toBe(true);
    expect(kaart?.js).toBeLessThanOrEqual(700);
    // MapLibre and its worker: hundreds of kB, fetched only after the request, counted as such.
    expect(kaart?.kaart?.naActie).toBeGreaterThan(200_000);
    for (const w of wijken) {
      expect(w.kaart, w.pagina).toEqual({ naActie: kaart?.kaart?.naActie });
      expect(w.js, w.pagina).toBeLessThanOrEqual(budgetten.jsMetLader);
    }
    const rij = r.rijen.find((x) => x.soort === 'kaart na klik');
    expect(rij?.cijfers).toEqual([{ maat: 'js na actie', bytes: kaart?.kaart?.naActie }]);
  });
});

describe('the budget check can fail', () => {
  it('reports only the script on a page without loader for the fixture as committed', () => {
    const r = meetBudgetten(fixture);
    expect(r.overschreden.map((o) => [o.pagina, o.maat])).toEqual([['projecten/y/index.html', 'js']]);
  });

  it('reports exactly the too-large wijk HTML and the script, not the small map loader', () => {
    const map = join(mkdtempSync(join(tmpdir(), 'wijk-budget-')), 'dist');
    cpSync(fixture, map, { recursive: true });
    const wijk = join(map, 'wijken/x/index.html');
    const html = readFileSync(wijk, 'utf8').replace(/<!-- RUIS:[^>]*-->/, `<p>${ruis(9000)}</p>`);
    writeFileSync(wijk, html);
    expect(gz(html)).toBeGreaterThan(budgetten.wijkHtml);

    const r = meetBudgetten(map);
    console.log(formatteerTabel(r));
    expect(r.overschreden.map((o) => [o.pagina, o.maat])).toEqual([
      ['projecten/y/index.html', 'js'],
      ['wijken/x/index.html', 'html'],
    ]);
    const wijkHtml = r.overschreden.find((o) => o.maat === 'html');
    expect(wijkHtml?.bytes).toBe(gz(html));
    expect(wijkHtml?.budget).toBe(8000);

    // The script counts laad.js and the deel.js it imports (and modulepreloads) once each.
    const js = r.paginas.find((p) => p.pagina === 'projecten/y/index.html')?.js;
    expect(js).toBe(gz(readFileSync(join(map, '_astro/laad.js'))) + gz(readFileSync(join(map, '_astro/deel.js'))));
    // The map page's loader is counted, within 1.5 kB; the dynamic import() after a click is not.
    const avond = r.paginas.find((p) => p.pagina === 'avonden/z/index.html');
    expect(avond?.lader).toBe(true);
    expect(avond?.js).toBe(gz(readFileSync(join(map, '_astro/kaart.js'))));
    // What it loads after the click is measured on its own: the chunk, its import and its worker.
    const naKlik = ['kaart-bibliotheek.js', 'kaart-deel.js', 'kaart-werker.mjs'].map((b) =>
      gz(readFileSync(join(map, '_astro', b))),
    );
    expect(avond?.kaart).toEqual({ naActie: naKlik.reduce((a, b) => a + b, 0) });
    expect(r.rijen.find((x) => x.soort === 'kaart na klik')?.pagina).toBe('avonden/z/index.html');
    // The wijk's first visit stays within 30 kB, so only its HTML is reported.
    expect(r.paginas.find((p) => p.pagina === 'wijken/x/index.html')?.eersteBezoek).toBeLessThan(
      budgetten.eersteBezoekWijk,
    );
  });

  it('counts inline scripts but not JSON data blocks', () => {
    const map = join(mkdtempSync(join(tmpdir(), 'wijk-budget-')), 'dist');
    cpSync(fixture, map, { recursive: true });
    const home = join(map, 'index.html');
    writeFileSync(
      home,
      readFileSync(home, 'utf8').replace(
        '</main>',
        '</main><script type="application/ld+json">{"@type":"WebSite"}</script><script>console.log("hallo")</script>',
      ),
    );
    const r = meetBudgetten(map);
    expect(r.overschreden.map((o) => [o.pagina, o.maat])).toEqual([
      ['index.html', 'js'],
      ['projecten/y/index.html', 'js'],
    ]);
    expect(r.paginas.find((p) => p.pagina === 'index.html')?.js).toBe(gz('console.log("hallo")'));
  });
});
