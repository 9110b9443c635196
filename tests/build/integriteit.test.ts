/**
 * A broken reference in the content fails the build, with a message naming file and field.
 * Builds tests/fixtures/kapot/, a small content folder with deliberate mistakes.
 */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bouw } from './bouw.ts';

describe('integrity at build', () => {
  it('fails the build and names every broken file and field', async () => {
    const r = await bouw({ inhoudMap: './tests/fixtures/kapot' });
    expect(r.code).not.toBe(0);
    const uitvoer = stripVTControlCharacters(r.uitvoer);
    expect(uitvoer).toMatch(
      /tests\/fixtures\/kapot\/projecten\/kapot-project\.mdx → wijken\[1\]: Wijk "atlantis" bestaat niet/,
    );
    expect(uitvoer).toMatch(/kapot-project\.mdx → fasen\[1\]\.eind: Fase "Bouw" eindigt/);
    expect(uitvoer).toMatch(
      /tests\/fixtures\/kapot\/avonden\/kapotte-avond\.mdx → project: Project "bestaat-niet" bestaat niet/,
    );
    expect(uitvoer).toMatch(
      /tests\/fixtures\/kapot\/wijken\/proefwijk\.mdx → gesprekken\[0\]\.avond: Avond "spookavond" bestaat niet/,
    );
    // A survey question about a FIXED point of the kader.
    expect(uitvoer).toMatch(
      /tests\/fixtures\/kapot\/enquetes\/vaste-vraag\.mdx → vragen\[1\]\.onderwerp: "budget" ligt vast in het kader van project "kapot-project"/,
    );
    // Actielijst: "niet" without a reason, "klaar" without a date, an unknown street, over budget.
    expect(uitvoer).toMatch(
      /tests\/fixtures\/kapot\/acties\/kapotte-lijst\.mdx → punten\[1\]\.reden: Punt "drempel" staat op "niet": schrijf in gewone taal waarom niet/,
    );
    expect(uitvoer).toMatch(/kapotte-lijst\.mdx → punten\[3\]\.klaar: Punt "lantaarn" staat op "klaar"/);
    expect(uitvoer).toMatch(/kapotte-lijst\.mdx → punten\[3\]\.straat: Straat "nergensstraat" bestaat niet/);
    expect(uitvoer).toMatch(
      /kapotte-lijst\.mdx → punten\[2\]\.kosten: Het werkbudget van 2026 voor wijk "proefwijk" is € 5\.000, maar de punten kosten samen € 5\.500 \(€ 500 te veel\)/,
    );
    expect(uitvoer).toMatch(
      /tests\/fixtures\/kapot\/straten\.json → \[1\]\.wijk: Wijk "atlantis" van straat "Spookstraat" bestaat niet/,
    );
    // A bericht: unknown project and street, nuisance that ends before it starts.
    expect(uitvoer).toMatch(
      /tests\/fixtures\/kapot\/berichten\/kapot-bericht\.mdx → projecten\[1\]: Project "bestaat-niet" bestaat niet/,
    );
    expect(uitvoer).toMatch(/kapot-bericht\.mdx → straten\[1\]: Straat "Nergensstraat" staat niet in de stratenlijst/);
    expect(uitvoer).toMatch(
      /kapot-bericht\.mdx → tot: De hinder eindigt \(2027-03-08\) voordat hij begint \(2027-03-12\)/,
    );
  });
});
