/**
 * The SQL of "volgen" (follow by e-mail): subscribe with double opt-in, confirm, manage, stop,
 * one-click unsubscribe, and the sending run. Tokens are 256 random bits; only their SHA-256 is
 * stored (tokens.ts). An address that follows nothing any more is deleted, not flagged.
 *
 * Exactly once: the sending run takes confirmed subscriptions in batches with FOR UPDATE SKIP
 * LOCKED, and writes each subscription's watermark (`gezien`, the ids of the items it has had)
 * and its outbox mail in the same transaction. Two runs at once never take the same row; a run
 * repeated finds the watermark moved; a crash rolls back mail and watermark together.
 */
import { zichtbaarOp, type NieuwsItem } from '../../src/domain/nieuws.ts';
import {
  bevestigUren,
  isAanDeBeurt,
  nieuweItems,
  volgItems,
  type Frequentie,
  type VolgAanvraag,
  type VolgSoort,
} from '../../src/domain/volgen.ts';
import type { Mail } from './berichten.ts';
import type { Db, Querier } from './db.ts';
import type { NieuwsBron } from './nieuwsbron.ts';
import { zetAlleInOutbox, zetInOutbox } from './outbox.ts';
import { hashToken, isTokenVorm, nieuwToken } from './tokens.ts';
import { afmeldUrl, alGevolgdMail, bevestigMail, bevestigUrl, nieuwsMail, volgBeheerUrl } from './volgmails.ts';

const uur = 3_600_000;
/** A second request for the same subscription within this time mails nothing. */
export const verzoekPauze = 10 * 60_000;

/** A new link token for an address (manage page; `volging`: what its unsubscribe link stops). */
async function nieuweLink(tx: Querier, volger: string, volging: string | null, klok: Date): Promise<string> {
  const token = nieuwToken();
  await tx.query('INSERT INTO volglink (token_hash, volger, volging, gemaakt) VALUES ($1, $2, $3, $4)', [
    hashToken(token),
    volger,
    volging,
    klok,
  ]);
  return token;
}

/**
 * A request to follow something. Always the same outcome for the caller (nothing to tell whether
 * the address already follows anything): a confirmation mail for a new or unconfirmed
 * subscription (a new 48-hour link; the frequency chosen now), or, when it is already
 * confirmed, a mail with the manage link. No alert is sent before confirmation. At most one such
 * mail per subscription per 10 minutes (`verzoekPauze`), so the form cannot flood an inbox.
 */
export async function volgAan(
  db: Db,
  a: VolgAanvraag,
  ctx: { basisUrl: string; klok: Date; naam: string; pad: string },
): Promise<void> {
  const onderwerp = { naam: ctx.naam, url: `${ctx.basisUrl}${ctx.pad}` };
  await db.transaction(async (tx) => {
    const [v] = await tx.query<{ id: string }>(
      `INSERT INTO volger (email, aangemaakt) VALUES ($1, $2)
       ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
      [a.email, ctx.klok],
    );
    const volger = v!.id;
    await tx.query(
      `INSERT INTO volging (volger, soort, doel, frequentie, aangemaakt) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (volger, soort, doel) DO NOTHING`,
      [volger, a.soort, a.doel, a.frequentie, ctx.klok],
    );
    const [rij] = await tx.query<{ id: string; bevestigd: Date | null; verzoek_mail: Date | null }>(
      'SELECT id, bevestigd, verzoek_mail FROM volging WHERE volger = $1 AND soort = $2 AND doel = $3 FOR UPDATE',
      [volger, a.soort, a.doel],
    );
    // At most one mail per subscription per 10 minutes (the answer on screen stays the same).
    if (rij!.verzoek_mail && ctx.klok.getTime() - rij!.verzoek_mail.getTime() < verzoekPauze) return;
    await tx.query('UPDATE volging SET verzoek_mail = $2 WHERE id = $1', [rij!.id, ctx.klok]);
    let mail: Mail;
    if (rij!.bevestigd) {
      const token = await nieuweLink(tx, volger, rij!.id, ctx.klok);
      mail = alGevolgdMail({ ...onderwerp, beheerLink: volgBeheerUrl(ctx.basisUrl, token) });
    } else {
      const token = nieuwToken();
      await tx.query('UPDATE volging SET bevestig_hash = $2, bevestig_tot = $3, frequentie = $4 WHERE id = $1', [
        rij!.id,
        hashToken(token),
        new Date(ctx.klok.getTime() + bevestigUren * uur),
        a.frequentie,
      ]);
      mail = bevestigMail({ ...onderwerp, link: bevestigUrl(ctx.basisUrl, token), frequentie: a.frequentie });
    }
    await zetInOutbox(tx, null, a.email, mail);
  });
}

export interface TeBevestigen {
  soort: VolgSoort;
  doel: string;
  frequentie: Frequentie;
}

/**
 * What a confirmation link is for and where it stands: `open` (valid: the page with the button),
 * `gebruikt` (already confirmed; the hash stays with the subscription so a second click can say
 * so) or `verlopen` (48 hours passed, not yet cleaned up). Undefined when unknown: cleaned up,
 * replaced by a newer link, or never made.
 */
export async function zoekBevestiging(
  db: Querier,
  token: string,
  klok: Date,
): Promise<(TeBevestigen & { staat: 'open' | 'gebruikt' | 'verlopen' }) | undefined> {
  if (!isTokenVorm(token)) return undefined;
  const [r] = await db.query<TeBevestigen & { staat: 'open' | 'gebruikt' | 'verlopen' }>(
    `SELECT soort, doel, frequentie,
       CASE WHEN bevestigd IS NOT NULL THEN 'gebruikt' WHEN bevestig_tot > $2 THEN 'open' ELSE 'verlopen' END AS staat
     FROM volging WHERE bevestig_hash = $1`,
    [hashToken(token), klok],
  );
  return r;
}

/**
 * Uses a confirmation link (single use, valid 48 hours). Everything visible now for what is
 * followed counts as seen: only what appears later is mailed. Returns a manage token, or
 * undefined when the link is unknown, used or expired.
 */
export async function bevestig(
  db: Db,
  token: string,
  ctx: { klok: Date; nu: Date; bron: NieuwsBron },
): Promise<string | undefined> {
  if (!isTokenVorm(token)) return undefined;
  return db.transaction(async (tx) => {
    const [r] = await tx.query<{ id: string; volger: string; soort: VolgSoort; doel: string }>(
      `SELECT id, volger, soort, doel FROM volging
       WHERE bevestig_hash = $1 AND bevestig_tot > $2 AND bevestigd IS NULL FOR UPDATE`,
      [hashToken(token), ctx.klok],
    );
    if (!r) return undefined;
    const gezien = volgItems(zichtbaarOp(ctx.bron.items, ctx.nu), r, ctx.bron).map((i) => i.id);
    await tx.query(
      // The hash stays (single use through `bevestigd IS NULL`), so a second click can say "al gebruikt".
      'UPDATE volging SET bevestigd = $2, bevestig_tot = NULL, gezien = $3 WHERE id = $1',
      [r.id, ctx.klok, gezien],
    );
    return nieuweLink(tx, r.volger, r.id, ctx.klok);
  });
}

export interface Volging {
  id: string;
  soort: VolgSoort;
  doel: string;
  frequentie: Frequentie;
  bevestigd: Date | null;
}

/** The address behind a manage or unsubscribe token, and what it follows; undefined when unknown. */
export async function leesVolger(
  db: Querier,
  token: string,
): Promise<{ volger: string; volging: string | null; volgingen: Volging[] } | undefined> {
  if (!isTokenVorm(token)) return undefined;
  const [l] = await db.query<{ volger: string; volging: string | null }>(
    'SELECT volger, volging FROM volglink WHERE token_hash = $1',
    [hashToken(token)],
  );
  if (!l) return undefined;
  const volgingen = await db.query<Volging>(
    'SELECT id, soort, doel, frequentie, bevestigd FROM volging WHERE volger = $1 AND bevestigd IS NOT NULL ORDER BY id',
    [l.volger],
  );
  return { volger: l.volger, volging: l.volging, volgingen };
}

/** Deletes the address when it follows nothing (confirmed or not) any more. */
async function ruimVolgerOp(tx: Querier, volger: string): Promise<boolean> {
  const r = await tx.query<{ email: string }>(
    'DELETE FROM volger v WHERE v.id = $1 AND NOT EXISTS (SELECT 1 FROM volging WHERE volger = v.id) RETURNING email',
    [volger],
  );
  // Alerts still waiting in the outbox go too: after "stop" nothing more arrives, and no address stays behind.
  if (r[0]) await wisWachtendeMails(tx, [r[0].email]);
  return r.length > 0;
}

const wisWachtendeMails = (tx: Querier, adressen: string[]) =>
  tx.query(
    "DELETE FROM uitgaande_mail WHERE verzonden IS NULL AND avond IS NULL AND soort LIKE 'volgen-%' AND aan = ANY($1::text[])",
    [adressen],
  );

/** Links in mails stop working after this many days (a newer mail always brings a new one). */
export const linkDagen = 365;

/** Changes how often one subscription of this address mails. False when it is not this address's. */
export async function wijzigFrequentie(db: Querier, token: string, volging: string, f: Frequentie): Promise<boolean> {
  const v = await leesVolger(db, token);
  if (!v || !/^\d{1,18}$/.test(volging)) return false;
  const r = await db.query('UPDATE volging SET frequentie = $3 WHERE id = $1 AND volger = $2 RETURNING id', [
    volging,
    v.volger,
    f,
  ]);
  return r.length > 0;
}

/** What was stopped (soort and doel of each subscription) and whether the address is deleted. */
export interface Gestopt {
  gestopt: { soort: VolgSoort; doel: string }[];
  weg: boolean;
}

/**
 * Stops one subscription (`volging`) or, with 'alles', every one of this address. When nothing
 * is left the address itself is deleted. Returns what was stopped and whether the address is
 * gone, or undefined for an unknown token.
 */
export async function stopVolgen(
  db: Db,
  token: string,
  /** A subscription's id, or 'alles'. */
  volging: string,
): Promise<Gestopt | undefined> {
  const v = await leesVolger(db, token);
  if (!v) return undefined;
  return db.transaction(async (tx) => {
    const gestopt =
      volging === 'alles'
        ? await tx.query<Gestopt['gestopt'][number]>(
            'DELETE FROM volging WHERE volger = $1 AND bevestigd IS NOT NULL RETURNING soort, doel',
            [v.volger],
          )
        : /^\d{1,18}$/.test(volging)
          ? await tx.query<Gestopt['gestopt'][number]>(
              'DELETE FROM volging WHERE id = $1 AND volger = $2 RETURNING soort, doel',
              [volging, v.volger],
            )
          : [];
    if (volging === 'alles') await tx.query('DELETE FROM volging WHERE volger = $1', [v.volger]);
    return { gestopt, weg: await ruimVolgerOp(tx, v.volger) };
  });
}

/**
 * RFC 8058 one-click unsubscribe: stops the subscription the mail was for (the link's `volging`),
 * and deletes the address when it follows nothing else. Idempotent: a second POST finds nothing.
 * Returns what was stopped and whether the address is gone; undefined for an unknown token.
 */
export async function afmeldenEenKlik(db: Db, token: string): Promise<Gestopt | undefined> {
  const v = await leesVolger(db, token);
  if (!v) return undefined;
  return db.transaction(async (tx) => {
    const gestopt = v.volging
      ? await tx.query<Gestopt['gestopt'][number]>(
          'DELETE FROM volging WHERE id = $1 AND volger = $2 RETURNING soort, doel',
          [v.volging, v.volger],
        )
      : [];
    return { gestopt, weg: await ruimVolgerOp(tx, v.volger) };
  });
}

/**
 * Deletes subscriptions not confirmed in time, addresses left without any (with their waiting
 * mails), and links older than a year. Returns how many subscriptions.
 */
export async function ruimOnbevestigdOp(db: Querier, klok: Date): Promise<number> {
  const weg = await db.query('DELETE FROM volging WHERE bevestigd IS NULL AND bevestig_tot <= $1 RETURNING id', [klok]);
  const adressen = await db.query<{ email: string }>(
    'DELETE FROM volger v WHERE NOT EXISTS (SELECT 1 FROM volging WHERE volger = v.id) AND v.aangemaakt <= $1 RETURNING email',
    [new Date(klok.getTime() - bevestigUren * uur)],
  );
  if (adressen.length > 0)
    await wisWachtendeMails(
      db,
      adressen.map((a) => a.email),
    );
  await db.query('DELETE FROM volglink WHERE gemaakt < $1', [new Date(klok.getTime() - linkDagen * 24 * uur)]);
  return weg.length;
}

export interface VerstuurOpties {
  basisUrl: string;
  /** The content's calendar: which items are visible. */
  nu: Date;
  /** The real clock: Monday morning for the weekly overview, timestamps. */
  klok: Date;
  /** Subscriptions per transaction. */
  batch?: number;
  /** For tests: called inside each batch's transaction after its writes (throw to simulate a crash). */
  naBatch?: (nummer: number) => Promise<void> | void;
}

/**
 * One sending run: per confirmed subscription that is due (meteen: always; week: Monday from
 * 07:00 Amsterdam time, once), the items of what it follows that it has not had, as one mail in
 * the outbox. Nothing new: no mail. Returns the number of subscriptions read and mails written.
 */
export async function verstuurAlerts(
  db: Db,
  bron: NieuwsBron,
  o: VerstuurOpties,
): Promise<{ gelezen: number; mails: number }> {
  const zichtbaar = zichtbaarOp(bron.items, o.nu);
  const perDoel = new Map<string, NieuwsItem[]>();
  const itemsVan = (soort: VolgSoort, doel: string): NieuwsItem[] => {
    const sleutel = `${soort}/${doel}`;
    let items = perDoel.get(sleutel);
    if (!items) {
      items = volgItems(zichtbaar, { soort, doel }, bron);
      perDoel.set(sleutel, items);
    }
    return items;
  };
  const grootte = o.batch ?? 500;
  let vanaf = '0';
  let gelezen = 0;
  let mails = 0;
  for (let nummer = 1; ; nummer++) {
    const aantal = await db.transaction(async (tx) => {
      // First lock a batch (skipping rows another run holds), then read those rows in a new
      // statement: its snapshot is taken after the locks, so `gezien` is what the other run
      // committed, never an older version seen by the locking statement's snapshot.
      const ids = (
        await tx.query<{ id: string }>(
          `SELECT id FROM volging WHERE bevestigd IS NOT NULL AND id > $1
           ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [vanaf, grootte],
        )
      ).map((r) => r.id);
      const rijen =
        ids.length === 0
          ? []
          : await tx.query<{
              id: string;
              volger: string;
              soort: VolgSoort;
              doel: string;
              frequentie: Frequentie;
              gezien: string[];
              laatst_verzonden: Date | null;
              email: string;
            }>(
              `SELECT v.id, v.volger, v.soort, v.doel, v.frequentie, v.gezien, v.laatst_verzonden, r.email
               FROM volging v JOIN volger r ON r.id = v.volger WHERE v.id = ANY($1::bigint[]) ORDER BY v.id`,
              [ids],
            );
      if (ids.length === 0) return 0;
      vanaf = ids[ids.length - 1]!;
      const uit: { avond: null; aan: string; mail: Mail }[] = [];
      const links: { hash: Buffer; volger: string; volging: string }[] = [];
      const bij: { id: string; nieuw: string[] }[] = [];
      for (const r of rijen) {
        if (!isAanDeBeurt(r.frequentie, o.klok, r.laatst_verzonden)) continue;
        const nieuw = nieuweItems(itemsVan(r.soort, r.doel), r.gezien);
        if (nieuw.length === 0) continue;
        const token = nieuwToken();
        links.push({ hash: hashToken(token), volger: r.volger, volging: r.id });
        uit.push({
          avond: null,
          aan: r.email,
          mail: nieuwsMail({
            naam: bron.naam(r.soort, r.doel) ?? r.doel,
            url: `${o.basisUrl}${bron.pad(r.soort, r.doel)}`,
            basisUrl: o.basisUrl,
            items: nieuw,
            frequentie: r.frequentie,
            beheerLink: volgBeheerUrl(o.basisUrl, token),
            afmeldLink: afmeldUrl(o.basisUrl, token),
          }),
        });
        bij.push({ id: r.id, nieuw: nieuw.map((i) => i.id) });
      }
      if (bij.length > 0) {
        await tx.query(
          `INSERT INTO volglink (token_hash, volger, volging, gemaakt)
           SELECT h, v, g, $4 FROM unnest($1::bytea[], $2::bigint[], $3::bigint[]) AS t(h, v, g)`,
          [links.map((l) => l.hash), links.map((l) => l.volger), links.map((l) => l.volging), o.klok],
        );
        await zetAlleInOutbox(tx, uit);
        // The watermark, in the same transaction as the mails. jsonb carries the id lists per row.
        await tx.query(
          `UPDATE volging v SET gezien = v.gezien || ARRAY(SELECT jsonb_array_elements_text(t.nieuw)),
             laatst_verzonden = $2
           FROM jsonb_to_recordset($1::jsonb) AS t(id bigint, nieuw jsonb) WHERE v.id = t.id`,
          [JSON.stringify(bij), o.klok],
        );
      }
      await o.naBatch?.(nummer);
      mails += bij.length;
      return ids.length;
    });
    gelezen += aantal;
    if (aantal < grootte) break;
  }
  return { gelezen, mails };
}

/** Only reads every confirmed subscription (the benchmark's baseline). */
export async function leesAlleVolgingen(db: Querier): Promise<number> {
  const r = await db.query(
    `SELECT v.id, v.soort, v.doel, v.frequentie, v.gezien, v.laatst_verzonden, r.email
     FROM volging v JOIN volger r ON r.id = v.volger WHERE v.bevestigd IS NOT NULL ORDER BY v.id`,
  );
  return r.length;
}
