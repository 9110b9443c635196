/** /nieuws/feed.xml — the news of all of Voorschoten (RSS 2.0, src/lib/nieuwsfeed.ts). */
import type { APIRoute } from 'astro';
import { bouwMoment, nieuws } from '../../lib/content.ts';
import { nieuwsFeed } from '../../lib/nieuwsfeed.ts';

export const GET: APIRoute = async ({ site }) =>
  nieuwsFeed({
    titel: 'Nieuws uit Voorschoten',
    beschrijving: 'Voortgang, hinder, besluiten, informatieavonden en enquêtes van projecten in heel Voorschoten.',
    paginaPad: '/nieuws/',
    items: await nieuws(bouwMoment()),
    site,
  });
