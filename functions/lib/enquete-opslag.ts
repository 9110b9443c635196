/**
 * The survey SQL: store an answer (and use up a letter code in the same statement), count,
 * export, and retention. No personal data is stored (see db/migrations/0002_enquetes).
 */
import type { Antwoord } from '../../src/domain/antwoord.ts';
import type { RuweTelling } from '../../src/domain/enquete-uitslag.ts';
import { isoDatum } from '../../src/domain/tijd.ts';
import type { Querier } from './db.ts';

/**
 * Stores an answer with the Dutch (Europe/Amsterdam) day of `ontvangen`, the real moment it came
 * in (`d.klok()`); no time of day is stored. With a code hash, ONE statement marks the code used and inserts the answer:
 * under any concurrency a code is used at most once, and an answer is never stored without it.
 * Returns false when the code is unknown or already used (nothing written).
 */
export async function slaAntwoordOp(
  db: Querier,
  enquete: string,
  antwoord: Antwoord,
  ontvangen: Date,
  codeHash?: Buffer,
): Promise<boolean> {
  const params = [enquete, isoDatum(ontvangen), JSON.stringify(antwoord.keuzes), JSON.stringify(antwoord.teksten)];
  if (!codeHash) {
    await db.query(
      `INSERT INTO enquete_antwoord (enquete, ingediend, keuzes, teksten) VALUES ($1, $2, $3::jsonb, $4::jsonb)`,
      params,
    );
    return true;
  }
  const rijen = await db.query(
    `WITH code AS (
       UPDATE enquete_code SET gebruikt = true WHERE code_hash = $5 AND enquete = $1 AND NOT gebruikt RETURNING 1
     )
     INSERT INTO enquete_antwoord (enquete, ingediend, keuzes, teksten)
     SELECT $1, $2, $3::jsonb, $4::jsonb FROM code RETURNING id`,
    [...params, codeHash],
  );
  return rijen.length === 1;
}

/** Raw counts of a survey: from the answers, or the counts kept by retention once they are deleted. */
export async function telAntwoorden(db: Querier, enquete: string): Promise<RuweTelling> {
  const [bewaard] = await db.query<{ uitslag: RuweTelling | null }>(`SELECT uitslag FROM enquete WHERE slug = $1`, [
    enquete,
  ]);
  if (bewaard?.uitslag) return bewaard.uitslag;
  const [r] = await db.query<{
    respondenten: number;
    tellingen: RuweTelling['tellingen'];
    beantwoord: Record<string, number>;
  }>(
    `SELECT
       (SELECT count(*)::int FROM enquete_antwoord WHERE enquete = $1) AS respondenten,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('vraag', vraag, 'waarde', waarde, 'aantal', aantal)), '[]'::jsonb)
          FROM (SELECT v.key AS vraag, w.waarde, count(*)::int AS aantal
                  FROM enquete_antwoord a
                  CROSS JOIN LATERAL jsonb_each(a.keuzes) v
                  CROSS JOIN LATERAL jsonb_array_elements_text(v.value) AS w(waarde)
                 WHERE a.enquete = $1 GROUP BY v.key, w.waarde) t) AS tellingen,
       (SELECT coalesce(jsonb_object_agg(vraag, aantal), '{}'::jsonb)
          FROM (SELECT k AS vraag, count(*)::int AS aantal
                  FROM enquete_antwoord a CROSS JOIN LATERAL jsonb_object_keys(a.keuzes || a.teksten) k
                 WHERE a.enquete = $1 GROUP BY k) t) AS beantwoord`,
    [enquete],
  );
  return { respondenten: r?.respondenten ?? 0, tellingen: r?.tellingen ?? [], beantwoord: r?.beantwoord ?? {} };
}

export interface AntwoordRij {
  id: string;
  ingediend: string;
  keuzes: Record<string, string[]>;
  teksten: Record<string, string>;
}

/** Every response, in order of arrival (for the coördinator's CSV). */
export async function alleAntwoorden(db: Querier, enquete: string): Promise<AntwoordRij[]> {
  return db.query<AntwoordRij>(
    `SELECT id::text, to_char(ingediend, 'YYYY-MM-DD') AS ingediend, keuzes, teksten
     FROM enquete_antwoord WHERE enquete = $1 ORDER BY id`,
    [enquete],
  );
}

/**
 * Retention: for every survey that closed more than `maanden` months before `nu` (the real
 * clock, `d.klok()`, never the configurable now), keep the counts in `enquete.uitslag` and delete
 * the answers (open texts included) and its letter codes. Idempotent. Returns the surveys cleaned now and how many answers were deleted.
 */
export async function ruimEnquetesOp(
  db: { transaction<T>(werk: (tx: Querier) => Promise<T>): Promise<T> } & Querier,
  nu: Date,
  maanden: number,
): Promise<{ enquetes: string[]; antwoorden: number }> {
  const oud = await db.query<{ slug: string }>(
    `SELECT slug FROM enquete WHERE opgeruimd IS NULL AND sluit < $1::timestamptz - make_interval(months => $2::int) ORDER BY slug`,
    [nu, maanden],
  );
  let antwoorden = 0;
  for (const { slug } of oud) {
    antwoorden += await db.transaction(async (tx) => {
      await tx.query(`SELECT slug FROM enquete WHERE slug = $1 FOR UPDATE`, [slug]);
      const telling = await telAntwoorden(tx, slug);
      await tx.query(`UPDATE enquete SET uitslag = $2::jsonb, opgeruimd = $3 WHERE slug = $1`, [
        slug,
        JSON.stringify(telling),
        nu,
      ]);
      const weg = await tx.query(`DELETE FROM enquete_antwoord WHERE enquete = $1 RETURNING 1`, [slug]);
      await tx.query(`DELETE FROM enquete_code WHERE enquete = $1`, [slug]);
      return weg.length;
    });
  }
  return { enquetes: oud.map((r) => r.slug), antwoorden };
}
