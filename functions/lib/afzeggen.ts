/**
 * The manage link's side of a sign-up: find it by token (hash) and cancel it. Cancelling is one
 * statement: the status and the avond's counter change together.
 */
import type { Wachtrij } from '../../src/lib/aanmelduitslag.ts';
import type { Status } from './berichten.ts';
import type { Db, Querier } from './db.ts';
import { hashToken, isTokenVorm } from './tokens.ts';

export interface BeheerAanmelding {
  id: string;
  avond: string;
  referentie: string;
  naam: string;
  personen: number;
  status: Status | 'geannuleerd';
  /** Where it stands on the waitlist: places free now, waiting sign-ups before it and their persons. */
  wachtrij: Wachtrij;
}

/** A sign-up by its manage token (hash lookup), with its place on the waitlist; undefined when unknown or anonymised. */
export async function vindViaToken(db: Querier, token: string): Promise<BeheerAanmelding | undefined> {
  if (!isTokenVorm(token)) return undefined;
  const [a] = await db.query<
    Omit<BeheerAanmelding, 'wachtrij'> & { vrij: number | null; voor: string; voorPersonen: string | null }
  >(
    `SELECT a.id, a.avond, a.referentie, a.naam, a.personen, a.status,
       (SELECT v.capaciteit - v.bevestigd FROM avond v WHERE v.slug = a.avond) AS vrij,
       w.voor, w."voorPersonen"
     FROM beheerlink b JOIN aanmelding a ON a.id = b.aanmelding
     CROSS JOIN LATERAL (
       SELECT count(*) AS voor, sum(w.personen) AS "voorPersonen" FROM aanmelding w
       WHERE w.avond = a.avond AND w.status = 'wachtlijst' AND w.id < a.id
     ) w
     WHERE b.token_hash = $1 AND a.naam IS NOT NULL`,
    [hashToken(token)],
  );
  if (!a) return undefined;
  const { vrij, voor, voorPersonen, ...rest } = a;
  return {
    ...rest,
    wachtrij: { vrij: Math.max(0, vrij ?? 0), voor: Number(voor), voorPersonen: Number(voorPersonen ?? 0) },
  };
}

/** Cancels in one statement (status and counter together). Returns the old status, or undefined when nothing was active. */
export async function annuleer(db: Db, id: string): Promise<Status | undefined> {
  const [r] = await db.query<{ oud: Status }>(
    `WITH doel AS (
       SELECT id, status AS oud FROM aanmelding WHERE id = $1 AND status <> 'geannuleerd' FOR UPDATE
     ), weg AS (
       UPDATE aanmelding a SET status = 'geannuleerd', gewijzigd = now() FROM doel d WHERE a.id = d.id
       RETURNING a.avond, a.personen, d.oud
     ), terug AS (
       UPDATE avond v SET bevestigd = v.bevestigd - w.personen FROM weg w WHERE v.slug = w.avond AND w.oud = 'bevestigd'
     )
     SELECT oud FROM weg`,
    [id],
  );
  return r?.oud;
}
