/**
 * `npm run codes -- <enquete> <aantal> [bestand.csv]` — makes single-use letter codes for a
 * survey with `lettercode: true`, for the usual letter to every address in the affected streets.
 * Stores only the SHA-256 of each code in the database at DATABASE_URL (the same database the
 * functions use; see scripts/db-migrate.ts), then writes a CSV (header "code", one code per row,
 * the same format as the coördinator's exports: BOM, `;`, quoted cells) for the mail merge to
 * the file, or to standard output. The codes themselves are nowhere else: keep the CSV safe and
 * delete it after printing the letters. Running it again adds more codes.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { csvTekst } from '../functions/lib/beheer.ts';
import { codeHash, nieuweCode, normaliseerCode } from '../functions/lib/enquete-codes.ts';
import { leesEnquetes } from '../functions/lib/enquetes.ts';
import { pgDb, pgPool, type Db } from '../functions/lib/db.ts';
import { migreer } from './db-migrate.ts';

export const maxCodes = 50_000;

/** Makes `aantal` new codes for survey `enquete` and stores their hashes in one transaction. */
export async function maakCodes(db: Db, enquete: string, aantal: number): Promise<string[]> {
  if (!Number.isInteger(aantal) || aantal < 1 || aantal > maxCodes)
    throw new Error(`Aantal moet een geheel getal van 1 tot en met ${maxCodes} zijn.`);
  return db.transaction(async (tx) => {
    const codes: string[] = [];
    while (codes.length < aantal) {
      const code = nieuweCode();
      const rij = await tx.query(
        `INSERT INTO enquete_code (code_hash, enquete) VALUES ($1, $2) ON CONFLICT (code_hash) DO NOTHING RETURNING 1`,
        [codeHash(enquete, normaliseerCode(code) ?? ''), enquete],
      );
      if (rij.length === 1) codes.push(code); // a (very unlikely) duplicate is simply drawn again
    }
    return codes;
  });
}

/** The codes as CSV for the mail merge, with the shared writer (`csvTekst`). */
export const codesCsv = (codes: string[]): string => csvTekst([['code'], ...codes.map((c) => [c])]);

async function hoofd(args: string[]): Promise<number> {
  const [slug, aantalTekst, bestand] = args;
  if (!slug || !aantalTekst) {
    console.error('Gebruik: npm run codes -- <enquete> <aantal> [bestand.csv]');
    return 2;
  }
  const enquete = (await leesEnquetes()).find((e) => e.slug === slug);
  if (!enquete) {
    console.error(`Enquête "${slug}" bestaat niet in content/enquetes/.`);
    return 2;
  }
  if (!enquete.lettercode) {
    console.error(`Enquête "${slug}" vraagt geen code: zet eerst "lettercode: true" in het bestand.`);
    return 2;
  }
  const url = process.env['DATABASE_URL'];
  if (!url) {
    console.error('Zet DATABASE_URL op de database van de site (dezelfde als voor de functies).');
    return 2;
  }
  const db = pgDb(pgPool(url, 2));
  try {
    await migreer(db);
    const codes = await maakCodes(db, slug, Number(aantalTekst));
    if (bestand) {
      await writeFile(bestand, codesCsv(codes), { mode: 0o600 });
      console.error(`${codes.length} codes voor "${slug}" opgeslagen (alleen als hash) en geschreven naar ${bestand}.`);
    } else {
      process.stdout.write(codesCsv(codes));
    }
    return 0;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  hoofd(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (fout: unknown) => {
      console.error(`codes mislukt: ${fout instanceof Error ? fout.message : String(fout)}`);
      process.exit(1);
    },
  );
}
