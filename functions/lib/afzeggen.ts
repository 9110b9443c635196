/**
 * The manage link's side of a sign-up: find it by token (hash) and cancel it. Cancelling is one
 * statement: the status and the avond's counter change together.
 */
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
  /** Persons waiting before this sign-up (only for the waitlist). */
  wachtenVoor: number;
}

export async function vindViaToken(db: Querier, token: string): Promise<BeheerAanmelding | undefined> {
  if (!isTokenVorm(token)) return undefined;
  const [a] = await db.query<BeheerAanmelding & { wachtenVoor: string }>(
    `SELECT a.id, a.avond, a.referentie, a.naam, a.personen, a.status,
       (SELECT count(*) FROM aanmelding w WHERE w.avond = a.avond AND w.status = 'wachtlijst' AND w.id < a.id) AS "wachtenVoor"
     FROM beheerlink b JOIN aanmelding a ON a.id = b.aanmelding
     WHERE b.token_hash = $1 AND a.naam IS NOT NULL`,
    [hashToken(token)],
  );
  return a ? { ...a, wachtenVoor: Number(a.wachtenVoor) } : undefined;
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
