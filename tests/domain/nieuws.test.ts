/**
 * The news stream: written berichten and derived items merged, newest first, nothing from the
 * future, current nuisance by its period, stable ids.
 */
import { describe, expect, it } from 'vitest';
import { controleerInhoud } from '../../src/domain/integriteit.ts';
import {
  hinderNuEnStraks,
  isHuidigeHinder,
  nieuwsStroom,
  nieuwsVanStraat,
  nieuwsVanWijk,
  periodeTekst,
  platteTekst,
  type NieuwsInvoer,
} from '../../src/domain/nieuws.ts';
import { avondSchema, berichtSchema, enqueteSchema, projectSchema, wijkSchema } from '../../src/domain/schemas.ts';
import { dagBeginMoment, dagEindMoment, isLokaleDatum } from '../../src/domain/tijd.ts';
import { voorbeeldAvond, voorbeeldBericht, voorbeeldEnquete, voorbeeldProject, voorbeeldWijk } from './voorbeelden.ts';

const project = projectSchema.parse({
  ...voorbeeldProject(),
  fasen: [
    { naam: 'Ontwerp', start: new Date('2027-01-04'), eind: new Date('2027-03-31') },
    { naam: 'Uitvoering', start: new Date('2027-04-05'), eind: new Date('2027-06-30') },
  ],
});
const bericht = (extra: Record<string, unknown> = {}) => berichtSchema.parse({ ...voorbeeldBericht(), ...extra });

function invoer(berichten: NieuwsInvoer['berichten'] = []): NieuwsInvoer {
  return {
    projecten: [{ id: 'teststraat', data: project }],
    avonden: [{ id: 'teststraat-avond', data: avondSchema.parse(voorbeeldAvond()) }],
    enquetes: [{ id: 'teststraat-enquete', data: enqueteSchema.parse(voorbeeldEnquete()) }],
    berichten,
  };
}

const nu = new Date('2027-03-10T12:00:00Z');

describe('nieuwsStroom', () => {
  it('derives avond, survey, results and phase items with their dates, and merges the berichten', () => {
    const items = nieuwsStroom(invoer([{ id: 'dicht', data: bericht(), body: 'De **straat** is [dicht](/x/).' }]), nu);
    const per = Object.fromEntries(items.map((i) => [i.id, i]));
    expect(Object.keys(per).sort()).toEqual([
      'avond/teststraat-avond',
      'bericht/dicht',
      'enquete/teststraat-enquete',
      'fase/teststraat/2027-01-04',
      'uitslag/teststraat-enquete',
    ]);
    // avond: when its sign-up opens; survey: opent; results: when it closes; phase: 00:00 Amsterdam on its start.
    expect(per['avond/teststraat-avond']?.moment.toISOString()).toBe('2027-02-01T08:00:00.000Z');
    expect(per['enquete/teststraat-enquete']?.moment.toISOString()).toBe('2027-02-01T08:00:00.000Z');
    expect(per['uitslag/teststraat-enquete']?.moment.toISOString()).toBe('2027-03-01T16:00:00.000Z');
    expect(per['fase/teststraat/2027-01-04']?.moment.toISOString()).toBe('2027-01-03T23:00:00.000Z');
    expect(per['bericht/dicht']?.moment.toISOString()).toBe('2027-02-28T23:00:00.000Z');
    expect(per['bericht/dicht']?.samenvatting).toBe('De straat is dicht.');
    expect(per['avond/teststraat-avond']?.url).toBe('/avonden/teststraat-avond/');
    expect(per['bericht/dicht']?.url).toBe('/projecten/teststraat/#n-bericht-dicht');
  });

  it('orders newest first, equal moments by id', () => {
    const items = nieuwsStroom(invoer([{ id: 'dicht', data: bericht() }]), nu);
    const momenten = items.map((i) => i.moment.getTime());
    expect(momenten).toEqual([...momenten].sort((a, b) => b - a));
    // The avond and the survey open at the same moment: id order.
    const gelijk = items.filter((i) => i.moment.toISOString() === '2027-02-01T08:00:00.000Z').map((i) => i.id);
    expect(gelijk).toEqual(['avond/teststraat-avond', 'enquete/teststraat-enquete']);
  });

  it('does not show what is dated after nu (a bericht, the next phase, the results)', () => {
    const items = nieuwsStroom(invoer([{ id: 'later', data: bericht({ datum: '2027-03-11' }) }]), nu);
    const ids = items.map((i) => i.id);
    expect(ids).not.toContain('bericht/later');
    expect(ids).not.toContain('fase/teststraat/2027-04-05');
    // The morning of 11 March (Amsterdam) it shows.
    const ochtend = new Date('2027-03-10T23:00:00Z');
    expect(
      nieuwsStroom(invoer([{ id: 'later', data: bericht({ datum: '2027-03-11' }) }]), ochtend).map((i) => i.id),
    ).toContain('bericht/later');
    const vroeg = nieuwsStroom(invoer(), new Date('2027-01-31T12:00:00Z')).map((i) => i.id);
    expect(vroeg).toEqual(['fase/teststraat/2027-01-04']);
  });

  it('keeps ids stable when the text or title of a bericht is corrected', () => {
    const a = nieuwsStroom(invoer([{ id: 'dicht', data: bericht(), body: 'Tekts' }]), nu);
    const b = nieuwsStroom(
      invoer([{ id: 'dicht', data: bericht({ titel: 'Teststraat is afgesloten' }), body: 'Tekst' }]),
      nu,
    );
    expect(a.map((i) => i.id)).toEqual(b.map((i) => i.id));
    // A renamed phase keeps its id too (project and start date).
    const hernoemd = { ...project, fasen: project.fasen.map((f) => ({ ...f, naam: `${f.naam}!` })) };
    const c = nieuwsStroom({ ...invoer(), projecten: [{ id: 'teststraat', data: hernoemd }] }, nu);
    expect(c.map((i) => i.id)).toEqual(nieuwsStroom(invoer(), nu).map((i) => i.id));
  });

  it("takes the project's wijken and streets unless the bericht names its own", () => {
    const eigen = bericht({ wijken: ['noord'], straten: ['Zijstraat'] });
    const items = nieuwsStroom(
      invoer([
        { id: 'a', data: bericht() },
        { id: 'b', data: eigen },
      ]),
      nu,
    );
    const a = items.find((i) => i.id === 'bericht/a');
    const b = items.find((i) => i.id === 'bericht/b');
    expect([a?.wijken, a?.straten]).toEqual([['centrum'], ['Teststraat']]);
    expect([b?.wijken, b?.straten]).toEqual([['noord'], ['Zijstraat']]);
    expect(nieuwsVanWijk(items, 'noord').map((i) => i.id)).toEqual(['bericht/b']);
    // A street: what names it (in any spelling) and everything of the projects that touch it.
    expect(nieuwsVanStraat(items, 'zijstraat', []).map((i) => i.id)).toEqual(['bericht/b']);
    expect(nieuwsVanStraat(items, 'Teststraat', ['teststraat'])).toHaveLength(items.length);
  });
});

describe('hinder', () => {
  const items = nieuwsStroom(
    invoer([
      { id: 'week', data: bericht() },
      { id: 'ochtend', data: bericht({ van: '2027-03-10T08:00', tot: '2027-03-10T11:00' }) },
      { id: 'straks', data: bericht({ van: '2027-03-15', tot: '2027-03-19' }) },
      { id: 'voorbij', data: bericht({ van: '2027-03-02', tot: '2027-03-05' }) },
    ]),
    nu,
  );
  const hinder = (id: string) => items.find((i) => i.id === `bericht/${id}`)!;

  it('is current from the start of van up to and including the whole day tot', () => {
    expect(isHuidigeHinder(hinder('week'), nu)).toBe(true);
    expect(isHuidigeHinder(hinder('week'), new Date('2027-03-07T22:59:59Z'))).toBe(false);
    expect(isHuidigeHinder(hinder('week'), new Date('2027-03-07T23:00:00Z'))).toBe(true);
    // Friday 12 March until 23:59:59.999 in Amsterdam.
    expect(isHuidigeHinder(hinder('week'), new Date('2027-03-12T22:59:59Z'))).toBe(true);
    expect(isHuidigeHinder(hinder('week'), new Date('2027-03-12T23:00:00Z'))).toBe(false);
    // With times: exactly the hours given (11:00 Amsterdam = 10:00 UTC).
    expect(isHuidigeHinder(hinder('ochtend'), new Date('2027-03-10T10:00:00Z'))).toBe(true);
    expect(isHuidigeHinder(hinder('ochtend'), nu)).toBe(false);
  });

  it('lists current nuisance (ending soonest first) and coming nuisance apart', () => {
    const { nu: nuHinder, straks } = hinderNuEnStraks(items, nu);
    expect(nuHinder.map((i) => i.id)).toEqual(['bericht/week']);
    expect(straks.map((i) => i.id)).toEqual(['bericht/straks']);
    expect(periodeTekst(hinder('week').periode!)).toBe('van maandag 8 maart 2027 tot en met vrijdag 12 maart 2027');
    expect(periodeTekst(hinder('ochtend').periode!)).toBe('op woensdag 10 maart 2027 van 08:00 tot 11:00 uur');
  });
});

describe('berichtSchema and integrity', () => {
  it('wants a quoted local date, and van and tot only (and always) for hinder', () => {
    expect(berichtSchema.safeParse({ ...voorbeeldBericht(), datum: new Date('2027-03-01') }).success).toBe(false);
    const zonderTot = berichtSchema.safeParse({ ...voorbeeldBericht(), tot: undefined });
    expect(zonderTot.error?.issues.map((i) => i.path.join('.'))).toEqual(['tot']);
    const voortgang = berichtSchema.safeParse({ ...voorbeeldBericht(), soort: 'voortgang' });
    expect(voortgang.error?.issues.map((i) => i.path.join('.'))).toEqual(['van', 'tot']);
    expect(berichtSchema.safeParse({ ...voorbeeldBericht(), datum: '2027-02-30' }).success).toBe(false);
  });

  it('names file and field for an unknown project, wijk or street and for tot before van', () => {
    const kapot = bericht({
      projecten: ['teststraat', 'spookproject'],
      wijken: ['atlantis'],
      straten: ['Teststraat', 'Spookstraat'],
      van: '2027-03-12',
      tot: '2027-03-08',
    });
    const problemen = controleerInhoud({
      wijken: [{ id: 'centrum', bestand: 'w.mdx', data: wijkSchema.parse(voorbeeldWijk()) }],
      projecten: [{ id: 'teststraat', bestand: 'p.mdx', data: project }],
      avonden: [],
      enquetes: [],
      straten: [
        {
          id: 'teststraat',
          bestand: 'content/straten.json',
          data: { naam: 'Teststraat', slug: 'teststraat', wijk: 'centrum', postcodes: [], bron: 'voorbeeld' },
        },
      ],
      berichten: [{ id: 'kapot', bestand: 'content/berichten/kapot.mdx', data: kapot }],
    });
    expect(problemen.map((p) => `${p.bestand} → ${p.veld}`)).toEqual([
      'content/berichten/kapot.mdx → projecten[1]',
      'content/berichten/kapot.mdx → wijken[0]',
      'content/berichten/kapot.mdx → straten[1]',
      'content/berichten/kapot.mdx → tot',
    ]);
    expect(problemen[0]?.melding).toMatch(/^Project "spookproject" bestaat niet/);
  });
});

describe('platteTekst', () => {
  it('keeps link text and drops marks and line breaks', () => {
    expect(platteTekst('# Kop\n\nDe *weg* is\n[dicht](https://x/).')).toBe('Kop De weg is dicht.');
  });
});

describe('local days (src/domain/tijd.ts)', () => {
  it('start at 00:00 and end at 23:59:59.999 in Amsterdam, also on the days the clocks change', () => {
    expect(dagBeginMoment('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(dagEindMoment('2027-03-28').toISOString()).toBe('2027-03-28T21:59:59.999Z'); // 23 hours
    expect(dagEindMoment('2027-10-31').toISOString()).toBe('2027-10-31T22:59:59.999Z'); // 25 hours
    expect(dagEindMoment('2027-12-31').toISOString()).toBe('2027-12-31T22:59:59.999Z');
  });

  it('accepts only real calendar days', () => {
    expect(['2027-02-28', '2028-02-29'].map(isLokaleDatum)).toEqual([true, true]);
    expect(['2027-02-29', '2027-13-01', '2027-3-1', '2027-03-01T09:00'].map(isLokaleDatum)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
