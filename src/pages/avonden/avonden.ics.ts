/**
 * /avonden/avonden.ics — every informatieavond in Voorschoten as one calendar (src/lib/agenda.ts),
 * to download or subscribe to (webcal://). Past and cancelled avonden stay in it, so a subscribed
 * calendar keeps its history and shows a cancellation instead of silently dropping the evening.
 */
import type { APIRoute } from 'astro';
import { agenda } from '../../lib/agenda.ts';
import { inhoud, siteBasis } from '../../lib/content.ts';

export const GET: APIRoute = async ({ site }) => {
  const { avonden } = await inhoud();
  const tekst = agenda(
    avonden.map((a) => a.data),
    { basisUrl: siteBasis(site), naam: 'Informatieavonden Voorschoten' },
  );
  return new Response(tekst, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
