/**
 * The data of each map as static JSON: /kaart/voorschoten.json (all of Voorschoten) and
 * /kaart/<wijk>.json, built from the same model as the text alternative (src/lib/kaart.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inhoud } from '../../lib/content.ts';
import { kaartVoor } from '../../lib/kaart-bron.ts';

export const getStaticPaths = (async () => {
  const { wijken } = await inhoud();
  return [{ params: { gebied: 'voorschoten' } }, ...wijken.map((w) => ({ params: { gebied: w.id } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data } = await kaartVoor(params.gebied === 'voorschoten' ? undefined : params.gebied);
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
