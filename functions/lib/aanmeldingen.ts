/**
 * The SQL of sign-ups. Capacity is only ever taken by ONE conditional statement
 * (`UPDATE avond SET bevestigd = bevestigd + n WHERE … AND bevestigd + n <= capaciteit`) that also
 * sets the sign-up's status, so no interleaving of requests can overbook — not on PostgreSQL and
 * not on netlify dev's local database, where all connections share one session. Around it a
 * transaction keeps the sign-up, its manage link and its e-mail together (on a real server).
 */
import type { Aanmelding } from '../../src/domain/aanmelding.ts';
import type { Avond } from '../../src/domain/schemas.ts';
import { aanmeldMail, dubbelMail, plaatsVrijMail, type Mail, type Status } from './berichten.ts';
import type { Db, Querier } from './db.ts';
import { zetInOutbox } from './outbox.ts';
import { beheerUrl, hashToken, nieuweReferentie, nieuwToken } from './tokens.ts';

export interface Context {
  basisUrl: string;
  privacy: string;
}

export type AanmeldUitkomst =
  { soort: 'nieuw'; status: Status; referentie: string; token: string } | { soort: 'dubbel' };

/**
 * Takes places for a waitlisted sign-up if they fit, in ONE statement: the conditional counter
 * update, the status, the e-mail for the outcome and (for a promotion) a new manage link. It
 * takes the avond's row lock, so it is the last statement before COMMIT: the lock is held briefly.
 * A newcomer does not pass an earlier waitlisted sign-up that would fit (order of arrival).
 */
const neemPlaatsenSql = `
  WITH kandidaat AS (
    SELECT id, personen FROM aanmelding WHERE id = $1 AND avond = $2 AND status = 'wachtlijst' FOR UPDATE
  ), plaats AS (
    UPDATE avond v SET bevestigd = v.bevestigd + k.personen FROM kandidaat k
    WHERE v.slug = $2 AND v.bevestigd + k.personen <= v.capaciteit
      AND NOT EXISTS (SELECT 1 FROM aanmelding w WHERE w.avond = $2 AND w.status = 'wachtlijst' AND w.id < k.id
                        AND w.personen <= v.capaciteit - v.bevestigd)
    RETURNING k.id
  ), bevestig AS (
    UPDATE aanmelding a SET status = 'bevestigd', gewijzigd = now() FROM plaats p WHERE a.id = p.id RETURNING a.id
  ), mail AS (
    INSERT INTO uitgaande_mail (avond, soort, aan, onderwerp, tekst, ics)
    SELECT $2, m.soort, $3, m.onderwerp, m.tekst, m.ics FROM (
      SELECT $4::text AS soort, $5::text AS onderwerp, $6::text AS tekst, $7::text AS ics WHERE EXISTS (SELECT 1 FROM bevestig)
      UNION ALL
      SELECT $8::text, $9::text, $10::text, NULL WHERE NOT EXISTS (SELECT 1 FROM bevestig)
    ) m WHERE m.soort IS NOT NULL
  ), link AS (
    INSERT INTO beheerlink (token_hash, aanmelding) SELECT $11::bytea, id FROM bevestig WHERE $11::bytea IS NOT NULL
  )
  SELECT EXISTS (SELECT 1 FROM bevestig) AS bevestigd`;

interface Uitkomstmails {
  aan: string;
  /** Sent when the places were taken. */
  bevestigd: Mail;
  /** Sent when they were not (a new sign-up on the waitlist); none for a failed promotion. */
  wachtlijst?: Mail;
  /** A new manage link, stored only when the places were taken (promotion). */
  tokenHash?: Buffer;
}

async function neemPlaatsen(q: Querier, id: string, slug: string, m: Uitkomstmails): Promise<boolean> {
  const [r] = await q.query<{ bevestigd: boolean }>(neemPlaatsenSql, [
    id,
    slug,
    m.aan,
    m.bevestigd.soort,
    m.bevestigd.onderwerp,
    m.bevestigd.tekst,
    m.bevestigd.ics ?? null,
    m.wachtlijst?.soort ?? null,
    m.wachtlijst?.onderwerp ?? null,
    m.wachtlijst?.tekst ?? null,
    m.tokenHash ?? null,
  ]);
  return r?.bevestigd === true;
}

type Gegevens = Parameters<typeof aanmeldMail>[0];

/**
 * A second sign-up with the same address mails the owner a new link, but not within this period
 * (a PostgreSQL interval) after the sign-up or the previous such e-mail: five posts from a
 * double click give one e-mail.
 */
export const dubbelMailPauze = '10 minutes';

export async function aanmelden(db: Db, avond: Avond, invoer: Aanmelding, ctx: Context): Promise<AanmeldUitkomst> {
  const token = nieuwToken();
  const referentie = nieuweReferentie();
  const g = (status: Status): Gegevens => ({
    avond,
    naam: invoer.naam,
    personen: invoer.personen,
    status,
    referentie,
    beheerUrl: beheerUrl(ctx.basisUrl, token),
    basisUrl: ctx.basisUrl,
    privacy: ctx.privacy,
  });
  const uitkomst = await db.transaction(async (tx): Promise<AanmeldUitkomst> => {
    const [nieuw] = await tx.query<{ id: string }>(
      `WITH nieuw AS (
         INSERT INTO aanmelding (referentie, avond, naam, email, personen, vraag, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'wachtlijst')
         ON CONFLICT (avond, email) WHERE status <> 'geannuleerd' DO NOTHING RETURNING id
       )
       INSERT INTO beheerlink (token_hash, aanmelding) SELECT $7, id FROM nieuw RETURNING aanmelding AS id`,
      [referentie, avond.slug, invoer.naam, invoer.email, invoer.personen, invoer.vraag ?? null, hashToken(token)],
    );
    if (!nieuw) {
      // Already signed up: no second row; the owner (only) gets a fresh manage link by e-mail, at
      // most once per `dubbelMailPauze` since the sign-up or the last such e-mail (database clock,
      // the real one). The answer to the post is the same either way.
      const [bestaand] = await tx.query<{
        id: string;
        naam: string;
        personen: number;
        status: Status;
        referentie: string;
      }>(
        `UPDATE aanmelding SET dubbel_gemaild = now()
         WHERE avond = $1 AND email = $2 AND status <> 'geannuleerd'
           AND coalesce(dubbel_gemaild, aangemeld) <= now() - $3::interval
         RETURNING id, naam, personen, status, referentie`,
        [avond.slug, invoer.email, dubbelMailPauze],
      );
      if (bestaand) {
        await tx.query('INSERT INTO beheerlink (token_hash, aanmelding) VALUES ($1, $2)', [
          hashToken(token),
          bestaand.id,
        ]);
        await zetInOutbox(
          tx,
          avond.slug,
          invoer.email,
          dubbelMail({
            ...g(bestaand.status),
            naam: bestaand.naam,
            personen: bestaand.personen,
            referentie: bestaand.referentie,
          }),
        );
      }
      return { soort: 'dubbel' };
    }
    const bevestigd = await neemPlaatsen(tx, nieuw.id, avond.slug, {
      aan: invoer.email,
      bevestigd: aanmeldMail(g('bevestigd')),
      wachtlijst: aanmeldMail(g('wachtlijst')),
    });
    return { soort: 'nieuw', status: bevestigd ? 'bevestigd' : 'wachtlijst', referentie, token };
  });
  if (uitkomst.soort === 'nieuw' && uitkomst.status === 'wachtlijst') {
    // Places may have come free in a race with a cancellation: hand them out in order.
    await vulVrijePlaatsen(db, avond, ctx);
  }
  return uitkomst;
}

/**
 * Promotes waitlisted sign-ups in order of arrival while places are free. A group that does not
 * fit is skipped (not split); a later, smaller one may get the places. Each promotion is one
 * atomic statement plus its e-mail in one transaction. Returns the promoted ids.
 */
export async function vulVrijePlaatsen(db: Db, avond: Avond, ctx: Context): Promise<string[]> {
  const gepromoveerd: string[] = [];
  for (let ronde = 0; ronde < 100; ronde++) {
    const [stand] = await db.query<{ vrij: number }>(
      'SELECT capaciteit - bevestigd AS vrij FROM avond WHERE slug = $1',
      [avond.slug],
    );
    let vrij = stand?.vrij ?? 0;
    if (vrij <= 0) break;
    const kandidaten = await db.query<{ id: string; personen: number }>(
      `SELECT id, personen FROM aanmelding WHERE avond = $1 AND status = 'wachtlijst' AND personen <= $2 ORDER BY id LIMIT 50`,
      [avond.slug, vrij],
    );
    let voortgang = false;
    for (const k of kandidaten) {
      if (k.personen > vrij) continue;
      const [a] = await db.query<{ naam: string; email: string; referentie: string }>(
        'SELECT naam, email, referentie FROM aanmelding WHERE id = $1',
        [k.id],
      );
      const token = nieuwToken();
      const mail = plaatsVrijMail({
        avond,
        naam: a?.naam ?? '',
        personen: k.personen,
        status: 'bevestigd',
        referentie: a?.referentie ?? '',
        beheerUrl: beheerUrl(ctx.basisUrl, token),
        basisUrl: ctx.basisUrl,
        privacy: ctx.privacy,
      });
      const gelukt = a
        ? await neemPlaatsen(db, k.id, avond.slug, { aan: a.email, bevestigd: mail, tokenHash: hashToken(token) })
        : false;
      if (!gelukt) break; // the situation changed: look again
      gepromoveerd.push(k.id);
      vrij -= k.personen;
      voortgang = true;
      if (vrij <= 0) break;
    }
    if (!voortgang) break;
  }
  return gepromoveerd;
}
