/**
 * RSS 2.0 feeds of the news stream (src/domain/nieuws.ts), written by @astrojs/rss: one for
 * all of Voorschoten, and one per wijk, project and street, each beside its page
 * (`…/feed.xml`). Absolute links, `<language>nl</language>`, a self link, and a guid that is
 * the item's stable id (a tag URI, RFC 4151), so correcting a typo does not make an item new.
 */
import rss from '@astrojs/rss';
import { nieuwsSoortNamen, periodeTekst, type NieuwsItem } from '../domain/nieuws.ts';

/** A feed keeps the newest items of its stream; older ones stay on the pages. */
export const MAX_FEED_ITEMS = 50;

/** "/wijken/centrum/" → "/wijken/centrum/feed.xml" */
export const feedPad = (paginaPad: string): string => `${paginaPad}feed.xml`;

/** The guid of an item: "tag:wijkgericht.voorschoten.example,2026:bericht/voorstraat-afgesloten". */
export const feedGuid = (site: URL, id: string): string => `tag:${site.hostname},2026:${id}`;

/** The text of an item in a feed: the period of a nuisance, then the summary. */
export function feedTekst(item: NieuwsItem): string {
  const periode = item.periode ? `Hinder ${periodeTekst(item.periode)}.` : '';
  return [periode, item.samenvatting].filter(Boolean).join(' ');
}

const xmlTekst = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The feed as a Response. `paginaPad` is the site path of the HTML page it belongs to
 * (e.g. "/projecten/riool-bijdorp/"); `site` is Astro's `site`.
 */
export function nieuwsFeed(opties: {
  titel: string;
  beschrijving: string;
  paginaPad: string;
  items: readonly NieuwsItem[];
  site: URL | undefined;
}): Promise<Response> {
  const { titel, beschrijving, paginaPad, items, site } = opties;
  if (!site) throw new Error('feed.xml: `site` ontbreekt in astro.config.mjs');
  const zelf = new URL(feedPad(paginaPad), site).href;
  return rss({
    title: `${titel} – Wijkgericht Voorschoten`,
    description: beschrijving,
    site: new URL(paginaPad, site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>nl</language><atom:link href="${xmlTekst(zelf)}" rel="self" type="application/rss+xml"/>`,
    items: items.slice(0, MAX_FEED_ITEMS).map((item) => ({
      title: item.titel,
      link: new URL(item.url, site).href,
      pubDate: item.moment,
      description: feedTekst(item),
      categories: [nieuwsSoortNamen[item.soort]],
      customData: `<guid isPermaLink="false">${xmlTekst(feedGuid(site, item.id))}</guid>`,
    })),
  });
}
