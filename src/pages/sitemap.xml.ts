/**
 * /sitemap.xml: every HTML page of the site, with absolute URLs from `site` (astro.config.mjs).
 * Built from the same content queries as the pages, so a new wijk, project or avond is listed
 * without touching this file. A new fixed page must be added to `vastePaginas`.
 * tests/build/sitemap.test.ts checks that the sitemap and the built HTML pages match.
 */
import type { APIRoute } from 'astro';
import { bouwMoment, inhoud, lopendeEnquetes, nieuws, nieuwsPaginaPaden } from '../lib/content.ts';

/** The pages without a content collection behind them (404 is not listed). */
const vastePaginas = [
  '/',
  '/wijken/',
  '/projecten/',
  '/avonden/',
  '/enquetes/',
  '/straten/',
  '/kaart/',
  '/participatie/',
  '/over/',
  '/privacy/',
  '/toegankelijkheid/',
  '/zoeken/',
  '/acties/',
] as const;

function xml(tekst: string): string {
  return tekst
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml: `site` ontbreekt in astro.config.mjs');
  const { wijken, projecten, avonden, enquetes, straten } = await inhoud();
  const paden = [
    ...vastePaginas,
    ...wijken.map((w) => `/wijken/${w.id}/`),
    ...wijken.map((w) => `/acties/${w.id}/`),
    ...projecten.map((p) => `/projecten/${p.id}/`),
    ...avonden.map((a) => `/avonden/${a.id}/`),
    ...avonden.map((a) => `/avonden/${a.id}/poster/`),
    ...enquetes.map((e) => `/enquetes/${e.id}/`),
    ...lopendeEnquetes(enquetes, bouwMoment()).map((e) => `/enquetes/${e.id}/brief/`),
    ...straten.map((s) => `/straten/${s.id}/`),
    ...nieuwsPaginaPaden((await nieuws(bouwMoment())).length),
  ];
  const regels = paden.map((pad) => `  <url><loc>${xml(new URL(pad, site).href)}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${regels.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
