/**
 * Read side and retention: live counts for the avond page, the coördinator's list, and the
 * deletion of personal data some days after the evening (anonymous counts stay).
 */
import type { Querier } from './db.ts';

export interface Telling {
  capaciteit: number;
  bevestigd: number;
  wachtlijst: number;
}

/** Persons confirmed and waiting. Undefined when the avond has no row yet (nobody signed up). */
export async function telling(db: Querier, slug: string): Promise<Telling | undefined> {
  const [r] = await db.query<{ capaciteit: number; bevestigd: number; wachtlijst: string }>(
    `SELECT capaciteit, bevestigd,
       (SELECT coalesce(sum(personen), 0) FROM aanmelding WHERE avond = $1 AND status = 'wachtlijst') AS wachtlijst
     FROM avond WHERE slug = $1`,
    [slug],
  );
  return r ? { capaciteit: r.capaciteit, bevestigd: r.bevestigd, wachtlijst: Number(r.wachtlijst) } : undefined;
}

export interface LijstRij {
  referentie: string;
  status: 'bevestigd' | 'wachtlijst';
  naam: string | null;
  email: string | null;
  personen: number;
  vraag: string | null;
  aangemeld: Date;
}

/** Confirmed first, then the waitlist, each in order of arrival. */
export async function deelnemerslijst(db: Querier, slug: string): Promise<LijstRij[]> {
  return db.query<LijstRij>(
    `SELECT referentie, status, naam, email, personen, vraag, aangemeld FROM aanmelding
     WHERE avond = $1 AND status IN ('bevestigd', 'wachtlijst')
     ORDER BY status = 'wachtlijst', id`,
    [slug],
  );
}

/**
 * Deletes names, e-mail addresses, questions, manage links and e-mails of every avond that ended
 * more than `dagen` days before `nu`. Sign-up rows stay without personal data (status, persons,
 * dates) so the counts stay. Also drops rate-limit counters older than an hour. Idempotent.
 * `nu` is the real clock (`d.klok()`): the counters are per real minute, and deleting personal
 * data must not follow a simulated date.
 */
export async function pasBewaartermijnToe(
  db: Querier,
  nu: Date,
  dagen: number,
): Promise<{ avonden: string[]; aanmeldingen: number }> {
  const rijen = await db.query<{ slug: string; aantal: string }>(
    `WITH oud AS (
       SELECT slug FROM avond WHERE eind < $1::timestamptz - make_interval(days => $2::int)
     ), wis AS (
       UPDATE aanmelding SET naam = NULL, email = NULL, vraag = NULL
       WHERE avond IN (SELECT slug FROM oud) AND (naam IS NOT NULL OR email IS NOT NULL OR vraag IS NOT NULL)
       RETURNING id, avond
     ), links AS (
       DELETE FROM beheerlink WHERE aanmelding IN (SELECT a.id FROM aanmelding a WHERE a.avond IN (SELECT slug FROM oud))
     ), mails AS (
       DELETE FROM uitgaande_mail WHERE avond IN (SELECT slug FROM oud)
     ), klaar AS (
       UPDATE avond SET geanonimiseerd = $1 WHERE slug IN (SELECT avond FROM wis)
     )
     SELECT avond AS slug, count(*) AS aantal FROM wis GROUP BY avond ORDER BY avond`,
    [nu, dagen],
  );
  await db.query(`DELETE FROM verzoek_teller WHERE minuut < $1::timestamptz - interval '1 hour'`, [nu]);
  return { avonden: rijen.map((r) => r.slug), aanmeldingen: rijen.reduce((s, r) => s + Number(r.aantal), 0) };
}
