/**
 * The real content of content/, read the way Astro reads it (YAML 1.1 frontmatter, the domain
 * schemas), without a build: for the content tests and to compute what a build must show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { actielijstSchema } from '../../src/domain/actie.ts';
import type { NieuwsInvoer } from '../../src/domain/nieuws.ts';
import { avondSchema, berichtSchema, enqueteSchema, projectSchema, wijkSchema } from '../../src/domain/schemas.ts';
import { straatSchema } from '../../src/domain/straat.ts';

const inhoudMap = resolve(import.meta.dirname, '../../content');

/** Every file of a collection folder: id (file name), path, parsed frontmatter and body. Throws on a schema error. */
export function leesCollectie<S extends z.ZodType>(map: string, schema: S) {
  return readdirSync(join(inhoudMap, map))
    .filter((n) => n.endsWith('.mdx'))
    .map((naam) => {
      const tekst = readFileSync(join(inhoudMap, map, naam), 'utf8');
      const [, voorwerk = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(tekst) ?? [];
      const r = schema.safeParse(parse(voorwerk, { schema: 'yaml-1.1' }));
      if (!r.success)
        throw new Error(
          `content/${map}/${naam}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      return { id: naam.replace(/\.mdx$/, ''), bestand: `content/${map}/${naam}`, data: r.data, body };
    });
}

/** All collections and the street index, as the integrity check and the news stream take them. */
export function leesInhoud() {
  const straten = (JSON.parse(readFileSync(join(inhoudMap, 'straten.json'), 'utf8')) as unknown[]).map((s) => {
    const data = straatSchema.parse(s);
    return { id: data.slug, bestand: 'content/straten.json', data };
  });
  const inhoud = {
    wijken: leesCollectie('wijken', wijkSchema),
    projecten: leesCollectie('projecten', projectSchema),
    avonden: leesCollectie('avonden', avondSchema),
    enquetes: leesCollectie('enquetes', enqueteSchema),
    berichten: leesCollectie('berichten', berichtSchema),
    acties: leesCollectie('acties', actielijstSchema),
    straten,
    straatNaam: (slug: string) => straten.find((s) => s.id === slug)?.data.naam,
  };
  return inhoud satisfies NieuwsInvoer;
}
