/**
 * Built actielijst pages (test "now": 1 December 2026): /acties/ and one page per wijk, the wijk
 * block "Wat we samen afspraken" with the werkbudget meter, the points on street pages. No JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('distMap');
const pagina = (pad: string): HTMLElement => parse(readFileSync(join(dist, pad, 'index.html'), 'utf8'));
const tekst = (el: HTMLElement | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('/acties/', () => {
  it('has an overview and a page per wijk, all without JavaScript', () => {
    for (const pad of ['acties', 'acties/vlietwijk', 'acties/noord-hofland', 'acties/centrum']) {
      expect(existsSync(join(dist, pad, 'index.html')), pad).toBe(true);
      expect(pagina(pad).querySelectorAll('script'), pad).toHaveLength(0);
    }
  });

  it('groups by status and shows why for every point that is niet', () => {
    for (const pad of ['acties', 'acties/vlietwijk', 'acties/dobbewijk']) {
      const doc = pagina(pad);
      expect(doc.querySelector('#status-klaar'), pad).not.toBeNull();
      const niet = doc.querySelectorAll('li[data-status="niet"]');
      expect(niet.length, pad).toBeGreaterThan(0);
      for (const li of niet) expect(tekst(li.querySelector('[data-reden]')), pad).toMatch(/^Waarom niet: \S+/);
    }
    const vliet = pagina('acties/vlietwijk');
    // A carried-over point: anchor for the stream, and its history.
    expect(tekst(vliet.querySelector('#punt-afvalbakken-vlietkade'))).toMatch(
      /Eerder: gepland \(wijkschouw 5 oktober 2024\)/,
    );
    expect(tekst(pagina('acties'))).toMatch(/Elke wijk heeft een werkbudget van € 5\.000 per jaar/);
  });
});

describe('wijk page block "Wat we samen afspraken"', () => {
  it('shows counts, open and done points, the next schouw and the werkbudget meter as text and as an image', () => {
    const doc = pagina('wijken/vlietwijk');
    const blok = doc.querySelector('section[aria-labelledby="acties-kop"]');
    expect(blok).not.toBeNull();
    expect(tekst(blok!.querySelector('[data-telling]'))).toBe(
      '12 punten: 2 gepland, 3 bezig, 6 klaar, 1 doen we niet.',
    );
    expect(tekst(blok)).toMatch(/Volgende wijkschouw: dinsdag 13 april 2027/);
    expect(blok!.querySelectorAll('h3 + ul li[data-status="klaar"]')).toHaveLength(3);
    const meter = blok!.querySelector('.vs-werkbudget');
    expect(tekst(meter)).toMatch(
      /Werkbudget 2026 voor Vlietwijk: € 3\.150 besteed, € 1\.500 gepland, € 350 over van € 5\.000\./,
    );
    const svg = meter!.querySelector('svg[role="img"]');
    expect(svg?.getAttribute('aria-label')).toMatch(/€ 350 over van € 5\.000/);
    expect(svg?.toString()).not.toMatch(/style=/);
    expect(blok!.querySelectorAll('script')).toHaveLength(0);
    expect(blok!.querySelector('a[href="/acties/vlietwijk/"]')).not.toBeNull();
  });

  it('counts an actielijst as the last conversation with the wijk', () => {
    expect(tekst(pagina('wijken/noord-hofland').querySelector('section[aria-labelledby="gesprek-kop"]'))).toMatch(
      /Laatste gesprek ?22 september 2026: bewonersavond/,
    );
  });

  it('says so when a wijk has no actielijst yet, and still shows its budget', () => {
    const blok = pagina('wijken/centrum').querySelector('section[aria-labelledby="acties-kop"]');
    expect(tekst(blok)).toMatch(/Voor Centrum is er nog geen actielijst/);
    expect(tekst(blok)).toMatch(/€ 0 besteed, € 0 gepland, € 5\.000 over van € 5\.000/);
  });
});

describe('street pages', () => {
  it('show the open and recent points on that street', () => {
    const doc = pagina('straten/vlietkade');
    expect(doc.querySelector('#afspraken')).not.toBeNull();
    expect(tekst(doc)).toMatch(/Plantenbakken op het pleintje aan de Vlietkade/);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(pagina('straten/voorstraat').querySelector('#afspraken')).toBeNull();
  });
});
