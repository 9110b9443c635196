/**
 * Content as the functions read it at run time: the MDX files of one collection (netlify.toml
 * ships them with the functions as included_files), their frontmatter checked with the same zod
 * schema as the build, so capacity, windows and questions have one source: the content.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';

/** content/<collectie> (or INHOUD_MAP/<collectie>), relative to the function bundle on Netlify. */
export function inhoudMap(collectie: string): string {
  const map = process.env['INHOUD_MAP'] ?? 'content';
  const basis =
    process.env['LAMBDA_TASK_ROOT'] && !process.env['NETLIFY_DEV'] ? process.env['LAMBDA_TASK_ROOT'] : process.cwd();
  return resolve(basis, map, collectie);
}

/** Reads and checks every .mdx file in `map`. Throws with file and field on a mistake (the build would have failed too). */
export async function leesMdx<T>(map: string, schema: z.ZodType<T>): Promise<T[]> {
  return (await leesMdxBestanden(map, schema)).map((b) => b.data);
}

/**
 * Like `leesMdx`, with each file's id (its name without ".mdx", as Astro's loader names an entry
 * without a `slug`) and its body (the text under the frontmatter).
 */
export async function leesMdxBestanden<T>(
  map: string,
  schema: z.ZodType<T>,
): Promise<{ id: string; data: T; body: string }[]> {
  const namen = (await readdir(map)).filter((n) => n.endsWith('.mdx')).sort();
  return Promise.all(
    namen.map(async (naam) => {
      const tekst = await readFile(join(map, naam), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(tekst);
      if (!m) throw new Error(`${naam}: geen frontmatter`);
      const r = schema.safeParse(parse(m[1] ?? ''));
      if (!r.success)
        throw new Error(`${naam}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { id: naam.replace(/\.mdx$/, ''), data: r.data, body: m[2] ?? '' };
    }),
  );
}

/**
 * `lees` cached for a minute per process (INHOUD_CACHE_MS changes that; the browser tests use 0
 * to see content they add); a failed read is not cached.
 */
export function gecacht<T>(lees: () => Promise<T[]>, ms?: number): () => Promise<T[]> {
  let cache: { tot: number; waarden: Promise<T[]> } | undefined;
  return () => {
    const nu = Date.now();
    if (!cache || cache.tot <= nu) {
      const waarden = lees();
      cache = { tot: nu + (ms ?? getal(process.env['INHOUD_CACHE_MS']) ?? 60_000), waarden };
      waarden.catch(() => (cache = undefined));
    }
    return cache.waarden;
  };
}

const getal = (w: string | undefined): number | undefined =>
  w !== undefined && w !== '' && Number.isFinite(Number(w)) ? Number(w) : undefined;
