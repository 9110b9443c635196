/**
 * The manage link's side of a sign-up: find it by token (hash) and cancel it. Cancelling is one
 * statement: the status and the avond's counter change together.
 */
import type { Wachtrij } from '../../src/lib/aanmelduitslag.ts';
import type { Mail, Status } from './berichten.ts';
import type { Db, Querier } from './db.ts';
import { zetInOutbox } from './outbox.ts';
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
export async function annuleer(db: Querier, id: string): Promise<Status | undefined> {
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

/**
 * Cancels and, only when this call did the cancelling, puts `mail` for the sign-up's address in
 * the outbox and deletes the address from the sign-up — one transaction, so a repeated or
 * concurrent cancel mails once. The outbox wipes its copy on delivery; the name stays for the
 * manage page and the staff lists until retention. Returns the old status like `annuleer`.
 */
export async function annuleerMetMail(db: Db, id: string, mail: Mail): Promise<Status | undefined> {
  return db.transaction(async (tx) => {
    const oud = await annuleer(tx, id);
    if (!oud) return undefined;
    const [r] = await tx.query<{ avond: string; email: string | null }>(
      `WITH oud AS (SELECT avond, email FROM aanmelding WHERE id = $1)
       UPDATE aanmelding a SET email = NULL FROM oud WHERE a.id = $1 RETURNING oud.avond, oud.email`,
      [id],
    );
    if (r?.email) await zetInOutbox(tx, r.avond, r.email, mail);
    return oud;
  });
}
