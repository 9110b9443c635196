/**
 * Mails around an informatieavond for the people signed up, each sent once:
 * - a change: the content changed the date, time or place, or cancelled the avond. Detected
 *   against `avond.kenmerk`, what the database stored when the avond was last synced; everyone
 *   confirmed or on the waitlist gets one mail;
 * - a reminder the day before (from 09:00 Amsterdam time, until the start) to the confirmed;
 * - the `verslag`, once it is in the content after the evening, to the confirmed.
 * Per avond one transaction holds the row lock, the new state (kenmerk, herinnerd,
 * verslag_verzonden) and the mails, so concurrent or repeated runs, or a crash, send each once.
 * "Now" is the content's calendar (`nu`): whether the avond is tomorrow or over.
 */
import { privacyTekst } from '../../src/domain/aanmelding.ts';
import type { Avond } from '../../src/domain/schemas.ts';
import { dagBeginMoment, isoDatum } from '../../src/domain/tijd.ts';
import { avondKenmerk, zorgVoorAvond } from './avonden.ts';
import { herinneringMail, verslagMail, wijzigingMail, type Mail, type Status } from './berichten.ts';
import type { Db, Querier } from './db.ts';
import { zetAlleInOutbox } from './outbox.ts';
import { beheerUrl, hashToken, nieuwToken } from './tokens.ts';

/** Same date, time, place and cancellation (jsonb gives the keys in its own order). */
const zelfde = (oud: unknown, nu: ReturnType<typeof avondKenmerk>): boolean =>
  oud !== null &&
  typeof oud === 'object' &&
  (Object.keys(nu) as (keyof typeof nu)[]).every((k) => (oud as Record<string, unknown>)[k] === nu[k]);

/** The reminder goes out from 09:00 (Amsterdam) on the day before the start. */
export function herinnerVanaf(a: Avond): Date {
  const dag = dagBeginMoment(isoDatum(a.start.moment));
  const dagErvoor = dagBeginMoment(isoDatum(new Date(dag.getTime() - 12 * 3_600_000)));
  return new Date(dagErvoor.getTime() + 9 * 3_600_000);
}

interface Deelnemer {
  id: string;
  naam: string;
  email: string;
  personen: number;
  status: Status;
  referentie: string;
}

async function mailAlle(
  tx: Querier,
  a: Avond,
  deelnemers: Deelnemer[],
  basisUrl: string,
  bewaarDagen: number,
  maak: (g: Parameters<typeof herinneringMail>[0]) => Mail,
): Promise<number> {
  if (deelnemers.length === 0) return 0;
  const tokens = deelnemers.map(() => nieuwToken());
  await tx.query('INSERT INTO beheerlink (token_hash, aanmelding) SELECT * FROM unnest($1::bytea[], $2::bigint[])', [
    tokens.map(hashToken),
    deelnemers.map((d) => d.id),
  ]);
  await zetAlleInOutbox(
    tx,
    deelnemers.map((d, i) => ({
      avond: a.slug,
      aan: d.email,
      mail: maak({
        avond: a,
        naam: d.naam,
        personen: d.personen,
        status: d.status,
        referentie: d.referentie,
        beheerUrl: beheerUrl(basisUrl, tokens[i]!),
        basisUrl,
        privacy: privacyTekst(bewaarDagen),
      }),
    })),
  );
  return deelnemers.length;
}

export interface AvondMailOpties {
  basisUrl: string;
  /** The content's calendar. */
  nu: Date;
  bewaarDagen: number;
}

/** Checks every avond once; returns how many mails of each kind went into the outbox. */
export async function verstuurAvondMails(
  db: Db,
  avonden: readonly Avond[],
  o: AvondMailOpties,
): Promise<{ wijziging: number; herinnering: number; verslag: number }> {
  const telling = { wijziging: 0, herinnering: 0, verslag: 0 };
  for (const a of avonden) {
    await zorgVoorAvond(db, a);
    await db.transaction(async (tx) => {
      const [rij] = await tx.query<{ kenmerk: unknown; herinnerd: Date | null; verslag_verzonden: Date | null }>(
        'SELECT kenmerk, herinnerd, verslag_verzonden FROM avond WHERE slug = $1 FOR UPDATE',
        [a.slug],
      );
      if (!rij) return;
      const deelnemers = (statussen: Status[]) =>
        tx.query<Deelnemer>(
          `SELECT id, naam, email, personen, status, referentie FROM aanmelding
           WHERE avond = $1 AND status = ANY($2::text[]) AND email IS NOT NULL ORDER BY id`,
          [a.slug, statussen],
        );
      const kenmerk = avondKenmerk(a);
      let herinnerd = rij.herinnerd;
      if (!zelfde(rij.kenmerk, kenmerk)) {
        const oud = rij.kenmerk as ReturnType<typeof avondKenmerk> | null;
        // A new start time: the reminder is due again for the new day.
        if (oud && oud.start !== kenmerk.start) herinnerd = null;
        await tx.query('UPDATE avond SET kenmerk = $2, herinnerd = $3 WHERE slug = $1', [
          a.slug,
          JSON.stringify(kenmerk),
          herinnerd,
        ]);
        // The first sync only records; a later difference is a change for everyone signed up.
        if (oud && o.nu.getTime() < a.eind.moment.getTime())
          telling.wijziging += await mailAlle(
            tx,
            a,
            await deelnemers(['bevestigd', 'wachtlijst']),
            o.basisUrl,
            o.bewaarDagen,
            wijzigingMail,
          );
      }
      const t = o.nu.getTime();
      if (!a.geannuleerd && herinnerd === null && t >= herinnerVanaf(a).getTime() && t < a.start.moment.getTime()) {
        await tx.query('UPDATE avond SET herinnerd = $2 WHERE slug = $1', [a.slug, o.nu]);
        telling.herinnering += await mailAlle(
          tx,
          a,
          await deelnemers(['bevestigd']),
          o.basisUrl,
          o.bewaarDagen,
          herinneringMail,
        );
      }
      const verslag = a.verslag;
      if (verslag && !a.geannuleerd && rij.verslag_verzonden === null && t >= a.eind.moment.getTime()) {
        await tx.query('UPDATE avond SET verslag_verzonden = $2 WHERE slug = $1', [a.slug, o.nu]);
        telling.verslag += await mailAlle(tx, a, await deelnemers(['bevestigd']), o.basisUrl, o.bewaarDagen, (g) =>
          verslagMail({ ...g, verslag }),
        );
      }
    });
  }
  return telling;
}
