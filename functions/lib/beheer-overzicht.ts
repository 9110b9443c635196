/**
 * The numbers on the coördinator's dashboard (numbers only, never a resident's name or address):
 * per survey the responses and letter codes, the outbox (waiting, failed) and retrying failed
 * mails; and the wijken from content (for the conversation cadence).
 */
import { actielijstSchema, gesprekkenVanWijk, type ActielijstMetId } from '../../src/domain/actie.ts';
import { wijkSchema, type Wijk } from '../../src/domain/schemas.ts';
import type { Querier } from './db.ts';
import { gecacht, inhoudMap, leesMdx, leesMdxBestanden } from './inhoud.ts';

export type WijkBron = () => Promise<Wijk[]>;
export type ActieBron = () => Promise<ActielijstMetId[]>;

/** The actielijsten from content/acties/*.mdx (included_files), cached for a minute per process. */
export const contentActies: ActieBron = gecacht(() => leesMdxBestanden(inhoudMap('acties'), actielijstSchema));

/**
 * The wijken from content/wijken/*.mdx (shipped as included_files), cached for a minute per process.
 * Their `gesprekken` include the occasions of their actielijsten (content/acties/), as on the site
 * (src/lib/content.ts wijkGesprekken): an actielijst's occasion is a conversation.
 */
export const contentWijken: WijkBron = gecacht(async () => {
  const [wijken, lijsten] = await Promise.all([leesMdx(inhoudMap('wijken'), wijkSchema), contentActies()]);
  return wijken.map((w) => ({ ...w, gesprekken: gesprekkenVanWijk(w.gesprekken, lijsten, w.slug) }));
});

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

export interface VolgCijfers {
  /** Confirmed subscriptions per kind of thing followed. */
  straat: number;
  project: number;
  wijk: number;
  /** Addresses with at least one confirmed subscription. */
  adressen: number;
  /** Subscriptions still waiting for their confirmation link to be used. */
  onbevestigd: number;
}

/** Follow-by-e-mail in numbers only (never an address): confirmed per kind, addresses, unconfirmed. */
export async function volgCijfers(db: Querier): Promise<VolgCijfers> {
  const [r] = await db.query<VolgCijfers>(
    `SELECT count(*) FILTER (WHERE bevestigd IS NOT NULL AND soort = 'straat')::int AS straat,
            count(*) FILTER (WHERE bevestigd IS NOT NULL AND soort = 'project')::int AS project,
            count(*) FILTER (WHERE bevestigd IS NOT NULL AND soort = 'wijk')::int AS wijk,
            count(DISTINCT volger) FILTER (WHERE bevestigd IS NOT NULL)::int AS adressen,
            count(*) FILTER (WHERE bevestigd IS NULL)::int AS onbevestigd
     FROM volging`,
  );
  return r ?? { straat: 0, project: 0, wijk: 0, adressen: 0, onbevestigd: 0 };
}
