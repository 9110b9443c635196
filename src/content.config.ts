/**
 * Content collections: where each concept lives on disk and which domain schema checks it.
 * Cross-references between collections are checked in src/lib/content.ts (controleerInhoud).
 * INHOUD_MAP points the build at another content folder (used by the integrity test).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { actielijstSchema } from './domain/actie.ts';
import { avondSchema, berichtSchema, enqueteSchema, projectSchema, wijkSchema } from './domain/schemas.ts';
import { straatSchema } from './domain/straat.ts';

const basis = process.env['INHOUD_MAP'] ?? './content';
const bestanden = (map: string) => glob({ pattern: '**/*.mdx', base: `${basis}/${map}` });

export const collections = {
  wijken: defineCollection({ loader: bestanden('wijken'), schema: wijkSchema }),
  projecten: defineCollection({ loader: bestanden('projecten'), schema: projectSchema }),
  avonden: defineCollection({ loader: bestanden('avonden'), schema: avondSchema }),
  enquetes: defineCollection({ loader: bestanden('enquetes'), schema: enqueteSchema }),
  /** Progress updates; the news stream (src/domain/nieuws.ts) merges them with derived items. */
  berichten: defineCollection({ loader: bestanden('berichten'), schema: berichtSchema }),
  /** Actielijsten: one file per wijkschouw or avond, with its points (src/domain/actie.ts). */
  acties: defineCollection({ loader: bestanden('acties'), schema: actielijstSchema }),
  /** The street index: one entry per street, its id is the street's slug. */
  straten: defineCollection({ loader: file(`${basis}/straten.json`), schema: straatSchema }),
};
