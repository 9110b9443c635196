/**
 * The numbers on the coördinator's dashboard (numbers only, never a resident's name or address):
 * per survey the responses and letter codes, the outbox (waiting, failed) and retrying failed
 * mails; and the wijken from content (for the conversation cadence).
 */
import { wijkSchema, type Wijk } from '../../src/domain/schemas.ts';
import type { Querier } from './db.ts';
import { gecacht, inhoudMap, leesMdx } from './inhoud.ts';

export type WijkBron = () => Promise<Wijk[]>;

/** The wijken from content/wijken/*.mdx (shipped as included_files), cached for a minute per process. */
export const contentWijken: WijkBron = gecacht(() => leesMdx(inhoudMap('wijken'), wijkSchema));

export interface EnqueteCijfers {
  antwoorden: number;
  codesUitgegeven: number;
  codesGebruikt: number;
}

/** Responses so far and letter codes issued and used, per survey slug (absent = all zero). */
export async function enqueteCijfers(db: Querier): Promise<Map<string, EnqueteCijfers>> {
  const rijen = await db.query<{ slug: string; antwoorden: number; uitgegeven: number; gebruikt: number }>(
    `SELECT slug, sum(antwoorden)::int AS antwoorden, sum(uitgegeven)::int AS uitgegeven, sum(gebruikt)::int AS gebruikt
     FROM (SELECT enquete AS slug, count(*) AS antwoorden, 0 AS uitgegeven, 0 AS gebruikt FROM enquete_antwoord GROUP BY enquete
           UNION ALL
           SELECT enquete, 0, count(*), count(*) FILTER (WHERE gebruikt) FROM enquete_code GROUP BY enquete) t
     GROUP BY slug`,
  );
  return new Map(
    rijen.map((r) => [r.slug, { antwoorden: r.antwoorden, codesUitgegeven: r.uitgegeven, codesGebruikt: r.gebruikt }]),
  );
}

export interface OutboxCijfers {
  /** Not yet sent and still to be tried. */
  wachtend: number;
  /** Not sent, and the last attempt failed. */
  mislukt: number;
}

export async function outboxCijfers(db: Querier): Promise<OutboxCijfers> {
  const [r] = await db.query<OutboxCijfers>(
    `SELECT count(*) FILTER (WHERE fout IS NULL)::int AS wachtend, count(*) FILTER (WHERE fout IS NOT NULL)::int AS mislukt
     FROM uitgaande_mail WHERE verzonden IS NULL AND aan IS NOT NULL`,
  );
  return r ?? { wachtend: 0, mislukt: 0 };
}

/** Gives failed mails a fresh set of attempts: the next delivery run tries them again. Returns how many. */
export async function probeerOpnieuw(db: Querier): Promise<number> {
  const r = await db.query(
    `UPDATE uitgaande_mail SET pogingen = 0, fout = NULL
     WHERE verzonden IS NULL AND aan IS NOT NULL AND fout IS NOT NULL RETURNING id`,
  );
  return r.length;
}
