/**
 * The news stream as the functions see it: read from the content at run time (projecten,
 * avonden, enquetes, berichten, actielijsten, wijken and the street index, shipped as included_files) and
 * derived with the same `alleNieuwsItems` as the pages, so a deploy with new berichten is what
 * makes new mail. Also the names the mails need (project titles, wijk and street names) and, per
 * street, the projects that touch it (as the street page computes them).
 */
import { readFile } from 'node:fs/promises';
import { actielijstSchema } from '../../src/domain/actie.ts';
import { alleNieuwsItems, type NieuwsItem, type NieuwsInvoer } from '../../src/domain/nieuws.ts';
import {
  avondSchema,
  berichtSchema,
  enqueteSchema,
  projectSchema,
  wijkSchema,
  type Project,
} from '../../src/domain/schemas.ts';
import { straatSchema } from '../../src/domain/straat.ts';
import { raaktStraat } from '../../src/domain/straatvinder.ts';
import type { VolgKennis, VolgSoort } from '../../src/domain/volgen.ts';
import { gecacht, inhoudMap, leesMdxBestanden } from './inhoud.ts';

export interface NieuwsBron extends VolgKennis {
  /** Every item, also those dated after now, newest first (filter with `zichtbaarOp`). */
  items: NieuwsItem[];
  /** The name of what can be followed, e.g. "de Voorstraat", "Riool Voorstraat", "de Vlietwijk"; undefined when unknown. */
  naam(soort: VolgSoort, doel: string): string | undefined;
  /** Site path of its page: "/straten/voorstraat/". */
  pad(soort: VolgSoort, doel: string): string;
}

const paden: Record<VolgSoort, string> = { straat: 'straten', project: 'projecten', wijk: 'wijken' };
export const volgPad = (soort: VolgSoort, doel: string): string => `/${paden[soort]}/${doel}/`;

/** Builds the source from content as read (pure; `leesNieuwsBron` reads the files). */
export function maakNieuwsBron(
  invoer: NieuwsInvoer & {
    wijken: readonly { id: string; data: { naam: string } }[];
    straten: readonly { slug: string; naam: string; geometrie?: Project['geometrie'] | undefined }[];
  },
): NieuwsBron {
  const stratenRuw = new Map(invoer.straten.map((s) => [s.slug, s]));
  const items = alleNieuwsItems({ ...invoer, straatNaam: (slug) => stratenRuw.get(slug)?.naam });
  const projecten = new Map(invoer.projecten.map((p) => [p.id, p.data]));
  const wijken = new Map(invoer.wijken.map((w) => [w.id, w.data.naam]));
  const straten = new Map<string, { naam: string; projecten: readonly string[] }>();
  return {
    items,
    // Only the streets someone follows are worked out, once per process.
    straat(slug) {
      let k = straten.get(slug);
      const s = stratenRuw.get(slug);
      if (!k && s) {
        k = { naam: s.naam, projecten: invoer.projecten.filter((p) => raaktStraat(p.data, s)).map((p) => p.id) };
        straten.set(slug, k);
      }
      return k;
    },
    naam(soort, doel) {
      if (soort === 'project') return projecten.get(doel)?.titel;
      if (soort === 'wijk') return wijken.get(doel);
      return stratenRuw.get(doel)?.naam;
    },
    pad: volgPad,
  };
}

/** Reads the content folders (INHOUD_MAP or content/) and builds the source. Throws on a content mistake. */
export async function leesNieuwsBron(): Promise<NieuwsBron> {
  const [projecten, avonden, enquetes, berichten, wijken, acties, stratenTekst] = await Promise.all([
    leesMdxBestanden(inhoudMap('projecten'), projectSchema),
    leesMdxBestanden(inhoudMap('avonden'), avondSchema),
    leesMdxBestanden(inhoudMap('enquetes'), enqueteSchema),
    leesMdxBestanden(inhoudMap('berichten'), berichtSchema),
    leesMdxBestanden(inhoudMap('wijken'), wijkSchema),
    leesMdxBestanden(inhoudMap('acties'), actielijstSchema),
    readFile(inhoudMap('straten.json'), 'utf8'),
  ]);
  // Entries with a `slug` are named by it (as Astro's loader does); berichten by their file name.
  const opSlug = <T extends { slug: string }>(l: { data: T; body: string }[]) =>
    l.map((b) => ({ id: b.data.slug, data: b.data, body: b.body }));
  const straten = (JSON.parse(stratenTekst) as unknown[]).map((s) => straatSchema.parse(s));
  return maakNieuwsBron({
    projecten: opSlug(projecten),
    avonden: opSlug(avonden),
    enquetes: opSlug(enquetes),
    berichten,
    wijken: opSlug(wijken),
    acties,
    straten,
  });
}

/** The source from content, cached for a minute per process. */
export const contentNieuws: () => Promise<NieuwsBron> = (() => {
  const lees = gecacht(async () => [await leesNieuwsBron()]);
  return async () => (await lees())[0]!;
})();
