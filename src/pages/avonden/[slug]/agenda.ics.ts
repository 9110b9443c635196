/**
 * /avonden/<slug>/agenda.ics — one evening as a calendar file (src/lib/agenda.ts), built
 * statically. The same file is attached to confirmation e-mails.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { agendaBestand } from '../../../lib/agenda.ts';
import { inhoud, siteBasis, type AvondEntry } from '../../../lib/content.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { avonden } = await inhoud();
  return avonden.map((avond) => ({ params: { slug: avond.id }, props: { avond } }));
};

export const GET: APIRoute = ({ props, site }) => {
  const { avond } = props as { avond: AvondEntry };
  return new Response(agendaBestand(avond.data, siteBasis(site)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
