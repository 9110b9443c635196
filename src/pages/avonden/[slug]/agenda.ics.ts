/**
 * /avonden/<slug>/agenda.ics — the evening as a calendar file (RFC 5545, made by the `ics`
 * library), built statically. The same file is attached to confirmation e-mails.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { agendaBestand } from '../../../lib/agenda.ts';
import { inhoud, type AvondEntry } from '../../../lib/content.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { avonden } = await inhoud();
  return avonden.map((avond) => ({ params: { slug: avond.id }, props: { avond } }));
};

export const GET: APIRoute = ({ props, site }) => {
  const { avond } = props as { avond: AvondEntry };
  const basis = (site?.href ?? 'https://wijkgericht.voorschoten.example/').replace(/\/$/, '');
  return new Response(agendaBestand(avond.data, basis), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
