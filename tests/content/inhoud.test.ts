/**
 * The real content in content/ is valid and consistent, checked in milliseconds with the same
 * domain schemas and integrity rules the build uses (YAML 1.1, like Astro's frontmatter parser).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { actieGesprekken, actielijstSchema, actuelePunten, werkbudget } from '../../src/domain/actie.ts';
import { cadans } from '../../src/domain/cadans.ts';
import { instellingen } from '../../src/domain/instellingen.ts';
import { straatSchema } from '../../src/domain/straat.ts';
import { controleerInhoud, formatteerProblemen, type Bestand } from '../../src/domain/integriteit.ts';
import { avondSchema, enqueteSchema, projectSchema, projecttypen, wijkSchema } from '../../src/domain/schemas.ts';
import type { z } from 'zod';

const inhoudMap = resolve(import.meta.dirname, '../../content');

function lees<S extends z.ZodType>(map: string, schema: S): Bestand<z.output<S>>[] {
  return readdirSync(join(inhoudMap, map))
    .filter((n) => n.endsWith('.mdx'))
    .map((naam) => {
      const tekst = readFileSync(join(inhoudMap, map, naam), 'utf8');
      const voorwerk = /^---\n([\s\S]*?)\n---/.exec(tekst)?.[1] ?? '';
      const r = schema.safeParse(parse(voorwerk, { schema: 'yaml-1.1' }));
      if (!r.success) throw new Error(`content/${map}/${naam}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { id: naam.replace(/\.mdx$/, ''), bestand: `content/${map}/${naam}`, data: r.data };
    });
}

const inhoud = {
  wijken: lees('wijken', wijkSchema),
  projecten: lees('projecten', projectSchema),
  avonden: lees('avonden', avondSchema),
  enquetes: lees('enquetes', enqueteSchema),
  acties: lees('acties', actielijstSchema),
  straten: (JSON.parse(readFileSync(join(inhoudMap, 'straten.json'), 'utf8')) as unknown[]).map((s) => {
    const data = straatSchema.parse(s);
    return { id: data.slug, bestand: 'content/straten.json', data };
  }),
};

describe('content/', () => {
  it('has consistent cross-references', () => {
    const problemen = controleerInhoud(inhoud);
    expect(problemen, formatteerProblemen(problemen)).toEqual([]);
  });

  it('has the 11 wijken of the note in the right postcode areas', () => {
    const gebied = Object.fromEntries(inhoud.wijken.map((w) => [w.id, w.data.postcodegebied]));
    expect(Object.keys(gebied).sort()).toHaveLength(11);
    const uitNota: Record<string, string> = {
      centrum: '2251', vlietwijk: '2251', bijdorp: '2251', nassauwijk: '2252', boschgeest: '2252',
      leidseweg: '2253', adegeest: '2253', 'noord-hofland': '2253', dobbewijk: '2254',
    };
    for (const [wijk, code] of Object.entries(uitNota)) expect(gebied[wijk], wijk).toEqual({ code, bron: 'kadernota' });
    expect(gebied['krimwijk']?.bron).toBe('voorbeeld');
    expect(gebied['starrenburg']?.bron).toBe('voorbeeld');
  });

  it('marks only Vlietwijk and Noord Hofland as aandachtsgebied, each with a pilot', () => {
    const aandacht = inhoud.wijken.filter((w) => w.data.aandachtsgebied).map((w) => w.id).sort();
    expect(aandacht).toEqual(['noord-hofland', 'vlietwijk']);
    for (const w of inhoud.wijken) expect(Boolean(w.data.pilot), w.id).toBe(w.data.aandachtsgebied);
  });

  it('has at least 12 sample projects over at least 8 wijken, every type, both pilots', () => {
    expect(inhoud.projecten.length).toBeGreaterThanOrEqual(12);
    expect(new Set(inhoud.projecten.flatMap((p) => p.data.wijken)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(inhoud.projecten.map((p) => p.data.type))).toEqual(new Set(projecttypen));
    const wijkenMetProject = new Set(inhoud.projecten.flatMap((p) => p.data.wijken));
    expect(wijkenMetProject).toContain('vlietwijk');
    expect(wijkenMetProject).toContain('noord-hofland');
    for (const p of inhoud.projecten) expect(p.data.bron, p.bestand).toBe('voorbeeld');
  });

  it('has at least 6 sample avonden in 2027', () => {
    const in2027 = inhoud.avonden.filter((a) => a.data.start.lokaal.startsWith('2027-'));
    expect(in2027.length).toBeGreaterThanOrEqual(6);
  });

  it('has every cadence state for the test date (1 December 2026)', () => {
    const staten = new Set(
      inhoud.wijken.map(
        (w) =>
          cadans([...w.data.gesprekken, ...actieGesprekken(inhoud.acties, w.id)], new Date('2026-12-01T12:00:00Z'))
            .status,
      ),
    );
    expect(staten).toEqual(new Set(['op-tijd', 'binnenkort', 'te-laat']));
  });

  it('has sample actielijsten for at least 4 wijken, both pilots, every status, one wijk near its 2026 budget', () => {
    const wijken = new Set(inhoud.acties.map((l) => l.data.wijk));
    expect(wijken.size).toBeGreaterThanOrEqual(4);
    expect(wijken).toContain('vlietwijk');
    expect(wijken).toContain('noord-hofland');
    for (const l of inhoud.acties) expect(l.data.bron, l.bestand).toBe('voorbeeld');
    const punten = actuelePunten(inhoud.acties);
    expect(new Set(punten.map((p) => p.status))).toEqual(new Set(['nieuw', 'gepland', 'bezig', 'klaar', 'niet']));
    // A point carried over from one schouw to the next keeps its id and history.
    expect(punten.some((p) => p.geschiedenis.length > 1)).toBe(true);
    const bijna = [...wijken].filter((w) => {
      const b = werkbudget(
        punten.filter((p) => p.wijk === w),
        2026,
      );
      return b.over >= 0 && b.over <= instellingen.werkbudgetEuro * 0.1;
    });
    expect(bijna.length).toBeGreaterThanOrEqual(1);
  });
});
