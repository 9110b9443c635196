/**
 * The surveys as the functions see them: read from content/enquetes/*.mdx at run time
 * (netlify.toml ships them as included_files) and checked with the same `enqueteSchema` as the
 * build, so questions, options, window and letter-code rule have one source: the content.
 * Also what the survey functions need from outside (`EnqueteDiensten`), so tests can pass their
 * own database, "now", real clock and surveys.
 */
import { enqueteSchema, type Enquete } from '../../src/domain/schemas.ts';
import type { Db } from './db.ts';
import { gecacht, inhoudMap, leesMdx } from './inhoud.ts';
import { standaardDiensten } from './diensten.ts';
import type { KaderBron } from './pagina.ts';

export type EnqueteBron = () => Promise<Enquete[]>;

export interface EnqueteDiensten {
  db: () => Promise<Db>;
  enquetes: EnqueteBron;
  /** The content's calendar (the survey window); see `Diensten.nu`. */
  nu: () => Date;
  /** The real clock (rate limit, the day stored with an answer, retention); see `Diensten.klok`. */
  klok: () => Date;
  kader: KaderBron;
  /** Answers per client per minute; 0 = off. The key is a hash, never the address. */
  limietPerMinuut: number;
  /** Under `netlify dev` only: a closed sample survey without answers shows invented counts, marked as such. */
  voorbeeldUitslag?: boolean;
}

/** Reads and checks every enquete file. Throws with file and field on a mistake (the build would have failed too). */
export function leesEnquetes(map = inhoudMap('enquetes')): Promise<Enquete[]> {
  return leesMdx(map, enqueteSchema);
}

/** The enquetes from content, cached for a minute per process. */
export const contentEnquetes: EnqueteBron = gecacht(() => leesEnquetes());

export async function vindEnquete(bron: EnqueteBron, slug: string): Promise<Enquete | undefined> {
  return (await bron()).find((e) => e.slug === slug);
}

export function standaardEnqueteDiensten(): EnqueteDiensten {
  const d = standaardDiensten();
  return {
    db: d.db,
    enquetes: contentEnquetes,
    nu: d.nu,
    klok: d.klok,
    kader: d.kader,
    limietPerMinuut: d.limietPerMinuut,
    voorbeeldUitslag: process.env['NETLIFY_DEV'] === 'true',
  };
}

/** Per database handle, the surveys whose row is already in step (signature = closing moment). */
const bijgewerkt = new WeakMap<object, Map<string, string>>();

/** Makes sure the survey has its row with the closing moment from content. Cheap after the first call per process. */
export async function zorgVoorEnquete(db: Db, e: Pick<Enquete, 'slug' | 'sluit'>): Promise<void> {
  const handtekening = e.sluit.moment.toISOString();
  let gezien = bijgewerkt.get(db);
  if (!gezien) {
    gezien = new Map<string, string>();
    bijgewerkt.set(db, gezien);
  }
  if (gezien.get(e.slug) === handtekening) return;
  await db.query(
    `INSERT INTO enquete (slug, sluit) VALUES ($1, $2)
     ON CONFLICT (slug) DO UPDATE SET sluit = EXCLUDED.sluit WHERE enquete.sluit IS DISTINCT FROM EXCLUDED.sluit`,
    [e.slug, e.sluit.moment],
  );
  gezien.set(e.slug, handtekening);
}

/** Forget what was brought in step (after a foreign-key error: the rows were removed). */
export function vergeetEnquetes(db: Db): void {
  bijgewerkt.delete(db);
}
