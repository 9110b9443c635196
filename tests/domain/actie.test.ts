import { describe, expect, it } from 'vitest';
import {
  actieGesprekken,
  actielijstSchema,
  actuelePunten,
  euro,
  jaarVan,
  kostenJaar,
  statusBerichten,
  telPunten,
  tellingTekst,
  volgendeSchouw,
  werkbudget,
  werkbudgetUitleg,
  type ActielijstMetId,
} from '../../src/domain/actie.ts';
import { cadans } from '../../src/domain/cadans.ts';
import { controleerInhoud, type InhoudSet } from '../../src/domain/integriteit.ts';
import { projectSchema, wijkSchema } from '../../src/domain/schemas.ts';
import { straatSchema } from '../../src/domain/straat.ts';
import { voorbeeldActielijst, voorbeeldProject, voorbeeldWijk } from './voorbeelden.ts';

const lijst = (id: string, aanpassen: (ruw: any) => void = () => undefined): ActielijstMetId => {
  const ruw = voorbeeldActielijst();
  aanpassen(ruw);
  return { id, data: actielijstSchema.parse(ruw) };
};

function set(...lijsten: ActielijstMetId[]): InhoudSet {
  return {
    wijken: [{ id: 'centrum', bestand: 'content/wijken/centrum.mdx', data: wijkSchema.parse(voorbeeldWijk()) }],
    projecten: [
      { id: 'teststraat', bestand: 'content/projecten/teststraat.mdx', data: projectSchema.parse(voorbeeldProject()) },
    ],
    avonden: [],
    enquetes: [],
    straten: [
      {
        id: 'teststraat',
        bestand: 'content/straten.json',
        data: straatSchema.parse({
          naam: 'Teststraat',
          slug: 'teststraat',
          wijk: 'centrum',
          postcodes: [],
          bron: 'voorbeeld',
        }),
      },
    ],
    acties: lijsten.map((l) => ({ ...l, bestand: `content/acties/${l.id}.mdx` })),
  };
}

describe('actielijst schema', () => {
  it('accepts the example and refuses unknown fields and statuses', () => {
    expect(actielijstSchema.safeParse(voorbeeldActielijst()).success).toBe(true);
    const extra = voorbeeldActielijst() as any;
    extra.punten[0].prioriteit = 'hoog';
    expect(actielijstSchema.safeParse(extra).success).toBe(false);
    const status = voorbeeldActielijst() as any;
    status.punten[0].status = 'misschien';
    expect(actielijstSchema.safeParse(status).success).toBe(false);
    const vorm = voorbeeldActielijst() as any;
    vorm.gelegenheid.vorm = 'enquete';
    expect(actielijstSchema.safeParse(vorm).success).toBe(false);
  });
});

describe('counts', () => {
  it('counts per status and says it in Dutch', () => {
    const t = telPunten(actuelePunten([lijst('a')]));
    expect(t).toEqual({ nieuw: 0, gepland: 1, bezig: 0, klaar: 1, niet: 1, totaal: 3 });
    expect(tellingTekst(t)).toBe('3 punten: 1 gepland, 1 klaar, 1 doen we niet');
    expect(tellingTekst(telPunten([]))).toBe('0 punten');
  });
});

describe('carried-over points', () => {
  it('keep their id; the latest list gives the state and the history has every state', () => {
    const oud = lijst('oud', (r) => {
      r.gelegenheid.datum = new Date('2025-04-10');
      r.punten = [{ ...r.punten[1], status: 'nieuw', sinds: new Date('2025-04-10'), kosten: undefined }];
    });
    const nieuw = lijst('nieuw');
    const punten = actuelePunten([nieuw, oud]);
    expect(punten.map((p) => p.id).sort()).toEqual(['bankje', 'drempel', 'stoep']);
    const stoep = punten.find((p) => p.id === 'stoep');
    expect(stoep?.status).toBe('gepland');
    expect(stoep?.lijst).toBe('nieuw');
    expect(stoep?.geschiedenis.map((s) => [s.lijst, s.status])).toEqual([
      ['oud', 'nieuw'],
      ['nieuw', 'gepland'],
    ]);
  });

  it('become stream items, one per status change, newest first', () => {
    const oud = lijst('oud', (r) => {
      r.gelegenheid.datum = new Date('2025-04-10');
      r.punten = [{ ...r.punten[1], status: 'nieuw', sinds: new Date('2025-04-10') }];
    });
    const items = statusBerichten([oud, lijst('nieuw')]);
    const stoep = items.filter((b) => b.id.startsWith('actie-centrum-stoep-'));
    expect(stoep.map((b) => b.id)).toEqual(['actie-centrum-stoep-gepland', 'actie-centrum-stoep-nieuw']);
    expect(stoep[0]).toMatchObject({
      titel: 'Gepland: Stoep ophogen',
      url: '/acties/centrum/#punt-stoep',
      wijk: 'centrum',
    });
    expect(items.find((b) => b.id === 'actie-centrum-bankje-klaar')?.straat).toBe('teststraat');
    // Sorted newest first.
    const datums = items.map((b) => b.datum.getTime());
    expect([...datums].sort((a, b) => b - a)).toEqual(datums);
  });
});

describe('werkbudget', () => {
  it('sums done and planned costs of the year; points marked niet cost nothing', () => {
    const punten = actuelePunten([lijst('a')]);
    expect(werkbudget(punten, 2026, 5000)).toEqual({
      jaar: 2026,
      budget: 5000,
      besteed: 1250,
      gepland: 800,
      over: 2950,
    });
    expect(werkbudget(punten, 2027, 5000)).toMatchObject({ besteed: 0, gepland: 0, over: 5000 });
  });

  it('charges a cost to the year it was done, or to budgetjaar', () => {
    const [p] = actuelePunten([
      lijst('a', (r) => {
        r.punten = [{ ...r.punten[0], sinds: new Date('2026-12-30'), klaar: new Date('2027-01-04') }];
      }),
    ]);
    expect(p && kostenJaar(p)).toBe(2027);
    expect(p && kostenJaar({ ...p, budgetjaar: 2026 })).toBe(2026);
  });

  it('writes euros the Dutch way and says which reading of the note applies', () => {
    expect(euro(1250)).toBe('€ 1.250');
    expect(euro(5000)).toBe('€ 5.000');
    expect(werkbudgetUitleg('wijk')).toMatch(/Elke wijk heeft een werkbudget van € 5\.000 per jaar/);
    expect(werkbudgetUitleg('gemeente')).toMatch(/Alle wijken samen hebben een werkbudget van € 5\.000 per jaar/);
    expect(jaarVan(new Date('2026-12-31T23:30:00Z'))).toBe(2027); // already 1 January in Voorschoten
  });
});

describe('integrity of actielijsten', () => {
  it('finds nothing wrong in the example', () => {
    expect(controleerInhoud(set(lijst('centrum-2026')))).toEqual([]);
  });

  it('names file and field for niet without a reason and klaar without a date', () => {
    const p = controleerInhoud(
      set(
        lijst('centrum-2026', (r) => {
          delete r.punten[0].klaar;
          delete r.punten[2].reden;
        }),
      ),
    );
    expect(p).toEqual([
      { bestand: 'content/acties/centrum-2026.mdx', veld: 'punten[0].klaar', melding: expect.stringMatching(/datum/) },
      {
        bestand: 'content/acties/centrum-2026.mdx',
        veld: 'punten[2].reden',
        melding: expect.stringMatching(/waarom niet/),
      },
    ]);
  });

  it('names unknown wijk, street and project, and a doubled id', () => {
    const p = controleerInhoud(
      set(
        lijst('x', (r) => {
          r.wijk = 'atlantis';
          r.punten[0].straat = 'spookstraat';
          r.punten[1].project = 'bestaat-niet';
          r.punten[2].id = 'bankje';
        }),
      ),
    );
    expect(p.map((x) => x.veld)).toEqual(['wijk', 'punten[0].straat', 'punten[1].project', 'punten[2].id']);
    expect(p[0]?.melding).toMatch(/Wijk "atlantis" bestaat niet/);
  });

  it('refuses spending beyond the werkbudget of a year, naming the point that goes over', () => {
    const p = controleerInhoud(set(lijst('centrum-2026', (r) => (r.punten[1].kosten = 3800))), {
      werkbudgetEuro: 5000,
      werkbudgetPer: 'wijk',
    });
    expect(p).toEqual([
      {
        bestand: 'content/acties/centrum-2026.mdx',
        veld: 'punten[1].kosten',
        melding:
          'Het werkbudget van 2026 voor wijk "centrum" is € 5.000, maar de punten kosten samen € 5.050 (€ 50 te veel).',
      },
    ]);
    // Exactly the budget is fine.
    expect(controleerInhoud(set(lijst('c', (r) => (r.punten[1].kosten = 3750))))).toEqual([]);
  });

  it('sums all wijken together when the budget is for the whole municipality', () => {
    const a = lijst('a', (r) => {
      r.punten = [{ ...r.punten[1], kosten: 3000 }];
    });
    const b = lijst('b', (r) => {
      r.wijk = 'noord';
      r.punten = [{ ...r.punten[1], kosten: 3000 }];
    });
    const inhoud = set(a, b);
    inhoud.wijken.push({
      id: 'noord',
      bestand: 'content/wijken/noord.mdx',
      data: wijkSchema.parse({ ...voorbeeldWijk(), slug: 'noord' }),
    });
    expect(controleerInhoud(inhoud, { werkbudgetEuro: 5000, werkbudgetPer: 'wijk' })).toEqual([]);
    expect(controleerInhoud(inhoud, { werkbudgetEuro: 5000, werkbudgetPer: 'gemeente' })).toEqual([
      expect.objectContaining({ veld: 'punten[0].kosten', melding: expect.stringMatching(/alle wijken samen/) }),
    ]);
  });

  it('refuses the same occasion in the wijk file and as an actielijst (no double bookkeeping)', () => {
    const inhoud = set(lijst('centrum-2026'));
    const w = inhoud.wijken[0];
    if (w)
      w.data.gesprekken = [
        { datum: new Date('2026-04-14'), vorm: 'wijkschouw', onderwerp: 'Schouw', bron: 'voorbeeld' },
      ];
    expect(controleerInhoud(inhoud)).toEqual([
      {
        bestand: 'content/wijken/centrum.mdx',
        veld: 'gesprekken[0]',
        melding: expect.stringMatching(/staat al als actielijst in content\/acties\/centrum-2026\.mdx/),
      },
    ]);
  });
});

describe('cadence', () => {
  it('counts an actielijst occasion as a conversation with its wijk', () => {
    const nu = new Date('2027-01-01T12:00:00Z');
    expect(cadans([], nu).status).toBe('nog-nooit');
    const gesprekken = actieGesprekken([lijst('a')], 'centrum');
    expect(gesprekken).toEqual([
      { datum: new Date('2026-04-14'), vorm: 'wijkschouw', onderwerp: 'Schouw van de Teststraat', bron: 'voorbeeld' },
    ]);
    expect(cadans(gesprekken, nu)).toMatchObject({ status: 'op-tijd', volgende: new Date('2030-04-14') });
    expect(actieGesprekken([lijst('a')], 'noord')).toEqual([]);
  });

  it('knows the next planned wijkschouw, also on its own day', () => {
    expect(volgendeSchouw([lijst('a')], 'centrum', new Date('2027-04-13T18:00:00Z'))).toEqual(new Date('2027-04-13'));
    expect(volgendeSchouw([lijst('a')], 'centrum', new Date('2027-04-14T12:00:00Z'))).toBeUndefined();
  });
});
