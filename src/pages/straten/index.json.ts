/**
 * /straten/index.json — the small street index the finder's suggestions load on first focus
 * (src/scripts/straat-suggesties.ts): per street its name, slug, postcodes and the name of its
 * wijk. Built from the same content as the street pages, so a suggestion always has a page.
 */
import type { APIRoute } from 'astro';
import type { SuggestieStraat } from '../../lib/straatsuggesties.ts';
import { inhoud, vindWijk } from '../../lib/content.ts';

export const GET: APIRoute = async () => {
  const { straten, wijken } = await inhoud();
  const index: SuggestieStraat[] = straten.map(({ data: s }) => ({
    naam: s.naam,
    slug: s.slug,
    postcodes: s.postcodes,
    wijk: vindWijk(wijken, s.wijk).data.naam,
  }));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
