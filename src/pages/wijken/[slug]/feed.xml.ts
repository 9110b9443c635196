/** /wijken/<slug>/feed.xml — the news of one wijk (RSS 2.0, src/lib/nieuwsfeed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { nieuwsVanWijk } from '../../../domain/nieuws.ts';
import { bouwMoment, inhoud, nieuws, type WijkEntry } from '../../../lib/content.ts';
import { nieuwsFeed } from '../../../lib/nieuwsfeed.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { wijken } = await inhoud();
  return wijken.map((wijk) => ({ params: { slug: wijk.id }, props: { wijk } }));
};

export const GET: APIRoute = async ({ props, site }) => {
  const { wijk } = props as { wijk: WijkEntry };
  return nieuwsFeed({
    titel: `Nieuws uit ${wijk.data.naam}`,
    beschrijving: `Voortgang, hinder, besluiten, informatieavonden en enquêtes van projecten in ${wijk.data.naam}.`,
    paginaPad: `/wijken/${wijk.id}/`,
    items: nieuwsVanWijk(await nieuws(bouwMoment()), wijk.id),
    site,
  });
};
