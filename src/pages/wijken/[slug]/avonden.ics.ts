/**
 * /wijken/<slug>/avonden.ics — the informatieavonden of one wijk (of the projects in that wijk)
 * as one calendar (src/lib/agenda.ts), to download or subscribe to (webcal://). Past and
 * cancelled avonden stay in it, as in /avonden/avonden.ics.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { agenda } from '../../../lib/agenda.ts';
import { avondenVanWijk, inhoud, siteBasis, type WijkEntry } from '../../../lib/content.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { wijken } = await inhoud();
  return wijken.map((wijk) => ({ params: { slug: wijk.id }, props: { wijk } }));
};

export const GET: APIRoute = async ({ props, site }) => {
  const { wijk } = props as { wijk: WijkEntry };
  const { avonden, projecten } = await inhoud();
  const tekst = agenda(
    avondenVanWijk(avonden, projecten, wijk.id).map((a) => a.data),
    { basisUrl: siteBasis(site), naam: `Informatieavonden ${wijk.data.naam}` },
  );
  return new Response(tekst, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
