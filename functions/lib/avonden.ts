/**
 * The avonden as the functions see them: read from content/avonden/*.mdx at run time (netlify.toml
 * ships them with the functions as included_files) and checked with the same `avondSchema` as the
 * build. Capacity, registration window and times therefore have one source: the content.
 *
 * `zorgVoorAvond` keeps the avond's row in the database in step (capacity, end time); the row
 * holds the counter of confirmed persons that the capacity check updates atomically.
 */
import { avondSchema, type Avond } from '../../src/domain/schemas.ts';
import type { Db } from './db.ts';
import { gecacht, inhoudMap, leesMdx } from './inhoud.ts';
import { vulVrijePlaatsen, type Context } from './aanmeldingen.ts';

export type AvondBron = () => Promise<Avond[]>;

/** Reads and checks every avond file. Throws with file and field on a mistake (the build would have failed too). */
export function leesAvonden(map = inhoudMap('avonden')): Promise<Avond[]> {
  return leesMdx(map, avondSchema);
}

/** The avonden from content, cached for a minute per process. */
export const contentAvonden: AvondBron = gecacht(() => leesAvonden());

export async function vindAvond(bron: AvondBron, slug: string): Promise<Avond | undefined> {
  return (await bron()).find((a) => a.slug === slug);
}

/**
 * What a change mail is about: when, where, and whether it is cancelled. Stored as
 * `avond.kenmerk` when the row is made, compared by the hourly run (avondberichten.ts).
 */
export function avondKenmerk(a: Avond): { start: string; eind: string; plaats: string; geannuleerd: boolean } {
  return {
    start: a.start.moment.toISOString(),
    eind: a.eind.moment.toISOString(),
    plaats: `${a.locatie.naam}, ${a.locatie.adres}`,
    geannuleerd: Boolean(a.geannuleerd),
  };
}

/** Per database handle, the avonden already brought in step (signature = capacity + end time). */
const bijgewerkt = new WeakMap<object, Map<string, string>>();

/** Forget what was brought in step (after a foreign-key error: the rows were removed, e.g. by a reset). */
export function vergeetAvonden(db: Db): void {
  bijgewerkt.delete(db);
}

/** True for a foreign-key violation: the avond row is missing. */
export const isAvondWeg = (fout: unknown): boolean =>
  Boolean(fout && typeof fout === 'object' && (fout as { code?: unknown }).code === '23503');

/**
 * Makes sure the avond has its row, with the capacity and end time from content. Cheap after the
 * first call per process. With a context (a request: the site address for e-mail links), places
 * that are free — e.g. because the capacity went up — go to the waitlist.
 */
export async function zorgVoorAvond(db: Db, avond: Avond, ctx?: Context): Promise<void> {
  const handtekening = `${avond.capaciteit}|${avond.eind.moment.toISOString()}`;
  let gezien = bijgewerkt.get(db);
  if (!gezien) {
    gezien = new Map<string, string>();
    bijgewerkt.set(db, gezien);
  }
  if (gezien.get(avond.slug) === handtekening) return;
  await db.query(
    `INSERT INTO avond (slug, capaciteit, eind, kenmerk) VALUES ($1, $2, $3, $4)
     ON CONFLICT (slug) DO UPDATE SET capaciteit = EXCLUDED.capaciteit, eind = EXCLUDED.eind
       WHERE (avond.capaciteit, avond.eind) IS DISTINCT FROM (EXCLUDED.capaciteit, EXCLUDED.eind)`,
    [avond.slug, avond.capaciteit, avond.eind.moment, JSON.stringify(avondKenmerk(avond))],
  );
  gezien.set(avond.slug, handtekening);
  if (ctx) await vulVrijePlaatsen(db, avond, ctx);
}
