/**
 * /admin/cms-stijl.css — the CSS of Sveltia CMS's components, read from the installed package at
 * build time (src/lib/cms/stijl.ts explains why). Not named sveltia-cms.css: Sveltia warns about
 * a stylesheet by that name, which older installations loaded from a CDN.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { svelteStijlen, zonderExterneLettertypen } from '../../lib/cms/stijl.ts';

export const GET: APIRoute = () => {
  const bestand = createRequire(join(process.cwd(), 'package.json')).resolve('@sveltia/cms');
  const stijlen = svelteStijlen(readFileSync(bestand, 'utf8'));
  if (stijlen.length < 50) throw new Error(`Sveltia CMS: maar ${stijlen.length} stijlen gevonden in ${bestand}.`);
  return new Response(zonderExterneLettertypen(stijlen.join('\n')), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
};
