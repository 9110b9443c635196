/**
 * /straten/<slug>/feed.xml — the news of one street (RSS 2.0, src/lib/nieuwsfeed.ts): what names
 * the street and everything of the projects that touch it, as on the street page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { nieuwsVanStraat } from '../../../domain/nieuws.ts';
import { bouwMoment, inhoud, nieuws, projectenVanStraat, type StraatEntry } from '../../../lib/content.ts';
import { nieuwsFeed } from '../../../lib/nieuwsfeed.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { straten } = await inhoud();
  return straten.map((straat) => ({ params: { slug: straat.id }, props: { straat } }));
};

export const GET: APIRoute = async ({ props, site }) => {
  const { straat } = props as { straat: StraatEntry };
  const nu = bouwMoment();
  const projecten = projectenVanStraat((await inhoud()).projecten, straat, nu).map((p) => p.project.id);
  return nieuwsFeed({
    titel: `Nieuws uit de ${straat.data.naam}`,
    beschrijving: `Hinder, voortgang en besluiten van projecten in en bij de ${straat.data.naam} in Voorschoten.`,
    paginaPad: `/straten/${straat.id}/`,
    items: nieuwsVanStraat(await nieuws(nu), straat.data.naam, projecten),
    site,
  });
};
