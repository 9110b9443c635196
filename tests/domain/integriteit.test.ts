import { describe, expect, it } from 'vitest';
import { controleerInhoud, formatteerProblemen, type InhoudSet } from '../../src/domain/integriteit.ts';
import { avondSchema, enqueteSchema, projectSchema, wijkSchema } from '../../src/domain/schemas.ts';
import { straatSchema } from '../../src/domain/straat.ts';
import { voorbeeldAvond, voorbeeldEnquete, voorbeeldProject, voorbeeldWijk } from './voorbeelden.ts';

function set(aanpassen: (ruw: { w: any; p: any; a: any; e: any }) => void = () => undefined): InhoudSet {
  const ruw = { w: voorbeeldWijk(), p: voorbeeldProject(), a: voorbeeldAvond(), e: voorbeeldEnquete() };
  aanpassen(ruw);
  return {
    wijken: [{ id: ruw.w.slug, bestand: 'content/wijken/centrum.mdx', data: wijkSchema.parse(ruw.w) }],
    projecten: [{ id: ruw.p.slug, bestand: 'content/projecten/teststraat.mdx', data: projectSchema.parse(ruw.p) }],
    avonden: [{ id: ruw.a.slug, bestand: 'content/avonden/teststraat-avond.mdx', data: avondSchema.parse(ruw.a) }],
    enquetes: [
      { id: ruw.e.slug, bestand: 'content/enquetes/teststraat-enquete.mdx', data: enqueteSchema.parse(ruw.e) },
    ],
  };
}

describe('controleerInhoud', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(controleerInhoud(set())).toEqual([]);
  });

  it('names file and field for a project in a wijk that does not exist', () => {
    const p = controleerInhoud(set(({ p }) => (p.wijken = ['centrum', 'atlantis'])));
    expect(p).toEqual([
      {
        bestand: 'content/projecten/teststraat.mdx',
        veld: 'wijken[1]',
        melding: expect.stringMatching(/Wijk "atlantis" bestaat niet/),
      },
    ]);
  });

  it('names file and field for a phase that ends before it starts', () => {
    const p = controleerInhoud(
      set(({ p }) => (p.fasen = [{ naam: 'Bouw', start: new Date('2027-05-01'), eind: new Date('2027-04-01') }])),
    );
    expect(p).toEqual([
      {
        bestand: 'content/projecten/teststraat.mdx',
        veld: 'fasen[0].eind',
        melding: expect.stringMatching(/eindigt \(2027-04-01\) voordat hij begint/),
      },
    ]);
  });

  it('refuses an open point id that another project already has (the CMS offers all open points until a project is chosen)', () => {
    const inhoud = set();
    const tweede = projectSchema.parse({ ...voorbeeldProject(), slug: 'tweede-straat' });
    inhoud.projecten.push({ id: 'tweede-straat', bestand: 'content/projecten/tweede-straat.mdx', data: tweede });
    const p = controleerInhoud(inhoud);
    expect(p.length).toBeGreaterThan(0);
    expect(p[0]).toEqual({
      bestand: 'content/projecten/tweede-straat.mdx',
      veld: 'invloed.open[0].id',
      melding: expect.stringMatching(/bestaat al bij project "[a-z-]+"\. Kies een id die nog niet voorkomt/),
    });
  });

  it('catches an avond for a project that does not exist', () => {
    const p = controleerInhoud(set(({ a }) => (a.project = 'bestaat-niet')));
    expect(p.map((x) => `${x.bestand} ${x.veld}`)).toEqual(['content/avonden/teststraat-avond.mdx project']);
  });

  it('catches a reference to an avond that does not exist', () => {
    const p = controleerInhoud(
      set(
        ({ w }) =>
          (w.gesprekken = [
            {
              datum: new Date('2024-01-01'),
              vorm: 'informatieavond',
              onderwerp: 'x',
              avond: 'spookavond',
              bron: 'voorbeeld',
            },
          ]),
      ),
    );
    expect(p.map((x) => `${x.veld}: ${x.melding}`)).toEqual([
      expect.stringMatching(/^gesprekken\[0\].avond: Avond "spookavond" bestaat niet/),
    ]);
  });

  it('refuses an avond topic that is a fixed point of the kader', () => {
    const p = controleerInhoud(set(({ a }) => (a.onderwerpen = ['budget'])));
    expect(p).toEqual([
      {
        bestand: 'content/avonden/teststraat-avond.mdx',
        veld: 'onderwerpen[0]',
        melding: expect.stringMatching(/"budget" ligt vast/),
      },
    ]);
  });

  it('refuses a survey question about a fixed point, or about nothing in the kader', () => {
    const p = controleerInhoud(
      set(({ e }) => {
        e.vragen = [
          { id: 'a', type: 'janee', vraag: 'Budget omhoog?', onderwerp: 'budget' },
          { id: 'b', type: 'janee', vraag: 'Iets anders?', onderwerp: 'parkeren' },
        ];
      }),
    );
    expect(p.map((x) => x.veld)).toEqual(['vragen[0].onderwerp', 'vragen[1].onderwerp']);
    expect(p[0]!.melding).toMatch(/ligt vast/);
    expect(p[1]!.melding).toMatch(/geen open punt/);
    // The open points with their texts: editors in the CMS know them by text, not by id.
    expect(p[1]!.melding).toContain('Open punten: bomen ("Welke bomen er komen.")');
  });

  it('catches registration that closes after the evening starts', () => {
    const p = controleerInhoud(set(({ a }) => (a.aanmelding.sluit = '2027-03-11T20:00')));
    expect(p.map((x) => x.veld)).toEqual(['aanmelding.sluit']);
  });

  it('names file and field for a street in a wijk that does not exist', () => {
    const straat = (naam: string, slug: string, wijk: string) => ({
      id: slug,
      bestand: 'content/straten.json',
      data: straatSchema.parse({ naam, slug, wijk, postcodes: ['2251AB'], bron: 'voorbeeld' }),
    });
    const inhoud = {
      ...set(),
      straten: [straat('Kerkplein', 'kerkplein', 'centrum'), straat('Spookstraat', 'spookstraat', 'atlantis')],
    };
    expect(controleerInhoud(inhoud)).toEqual([
      {
        bestand: 'content/straten.json',
        veld: '[1].wijk',
        melding: expect.stringMatching(
          /Wijk "atlantis" van straat "Spookstraat" bestaat niet\. Bekende wijken: centrum/,
        ),
      },
    ]);
    expect(formatteerProblemen(controleerInhoud(inhoud))).toContain('content/straten.json → [1].wijk');
  });

  it('formats all problems in one readable message', () => {
    const tekst = formatteerProblemen(controleerInhoud(set(({ p, a }) => ((p.wijken = ['x']), (a.project = 'y')))));
    expect(tekst).toContain('2 problemen');
    expect(tekst).toContain('content/projecten/teststraat.mdx → wijken[0]');
    expect(tekst).toContain('content/avonden/teststraat-avond.mdx → project');
  });
});
