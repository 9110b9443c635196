/**
 * News and feeds in the build (at the test build's "now", 1 December 2026): every wijk, project
 * and street page has a feed that an independent parser (fast-xml-parser, not @astrojs/rss that
 * wrote it) reads, with autodiscovery and a visible link; the feeds and the pages hold the
 * stream computed from content/ by src/domain/nieuws.ts, newest first, nothing from the future.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { nieuwsStroom, nieuwsVanProject, nieuwsVanWijk, type NieuwsItem } from '../../src/domain/nieuws.ts';
import { leesInhoud } from '../support/inhoud.ts';

const dist = inject('distMap');
const nu = new Date(inject('testNu'));
const site = 'https://wijkgericht.voorschoten.example';
const inhoud = leesInhoud();
const stroom = nieuwsStroom(inhoud, nu);
const parser = new XMLParser({ ignoreAttributes: false, isArray: (naam) => naam === 'item' || naam === 'category' });

interface FeedItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  description: string;
  pubDate: string;
}
interface Feed {
  channel: {
    title: string;
    link: string;
    language: string;
    'atom:link': { '@_href': string; '@_rel': string };
    item?: FeedItem[];
  };
}

function leesFeed(pad: string): Feed {
  const xml = readFileSync(join(dist, pad), 'utf8');
  const doc = parser.parse(xml) as { rss: Feed & { '@_version': string } };
  expect(doc.rss['@_version'], pad).toBe('2.0');
  return doc.rss;
}
const html = (pad: string): HTMLElement => parse(readFileSync(join(dist, pad, 'index.html'), 'utf8'));

/** The feed's items hold exactly these stream items (newest 50), with stable guids, dates and absolute links. */
function vergelijk(feed: Feed, verwacht: NieuwsItem[]): void {
  const items = feed.channel.item ?? [];
  expect(items.map((i) => i.guid['#text'])).toEqual(
    verwacht.slice(0, 50).map((v) => `tag:wijkgericht.voorschoten.example,2026:${v.id}`),
  );
  items.forEach((item, n) => {
    const v = verwacht[n]!;
    expect(item.title).toBe(v.titel);
    expect(item.guid['@_isPermaLink']).toBe('false');
    expect(new Date(item.pubDate).getTime(), item.title).toBe(v.moment.getTime());
    expect(item.link).toBe(`${site}${v.url}`);
    expect(item.description).toContain(v.samenvatting);
  });
}

/** A link of a feed item lands on a built page that has the anchor. */
function landt(link: string): boolean {
  const url = new URL(link);
  const doc = parse(readFileSync(join(dist, url.pathname, 'index.html'), 'utf8'));
  return url.hash === '' || doc.getElementById(url.hash.slice(1)) !== null;
}

describe('feeds', () => {
  const paginas = [
    '/nieuws/',
    ...inhoud.wijken.map((w) => `/wijken/${w.id}/`),
    ...inhoud.projecten.map((p) => `/projecten/${p.id}/`),
    ...inhoud.straten.map((s) => `/straten/${s.id}/`),
  ];

  it.each(paginas)('%s has a feed that parses, with autodiscovery and a visible link', (pagina) => {
    const feed = leesFeed(`${pagina}feed.xml`);
    expect(feed.channel.language).toBe('nl');
    expect(feed.channel.link).toBe(`${site}${pagina}`);
    expect(feed.channel['atom:link']['@_href']).toBe(`${site}${pagina}feed.xml`);
    const doc = html(pagina);
    const alternate = doc.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]');
    expect(alternate.map((l) => l.getAttribute('href'))).toEqual([`${site}${pagina}feed.xml`]);
    const zichtbaar = doc.querySelectorAll('main a').find((a) => a.text.trim() === 'Volg via RSS');
    expect(zichtbaar?.getAttribute('href')).toBe(`${pagina}feed.xml`);
    expect(zichtbaar?.parentNode?.text).toMatch(/RSS-lezer/);
    for (const item of feed.channel.item ?? []) expect(landt(item.link), item.link).toBe(true);
  });

  it('the feed of Voorschoten holds the whole stream, newest first, nothing dated after now', () => {
    expect(stroom.length).toBeGreaterThan(20);
    vergelijk(leesFeed('nieuws/feed.xml'), stroom);
    const toekomst = inhoud.berichten.filter((b) => b.data.datum.moment.getTime() > nu.getTime());
    expect(toekomst.length).toBeGreaterThan(0);
    const alles = readFileSync(join(dist, 'nieuws/feed.xml'), 'utf8');
    for (const b of toekomst) expect(alles).not.toContain(`bericht/${b.id}<`);
  });

  it('the feeds of a wijk and a project hold their part of the stream', () => {
    vergelijk(leesFeed('wijken/centrum/feed.xml'), nieuwsVanWijk(stroom, 'centrum'));
    vergelijk(
      leesFeed('projecten/riool-voorstraat-schoolstraat/feed.xml'),
      nieuwsVanProject(stroom, 'riool-voorstraat-schoolstraat'),
    );
    const straat = leesFeed('straten/schoolstraat/feed.xml').channel.item ?? [];
    expect(straat.map((i) => i.title)).toContain('Schoolstraat: een ochtend geen water');
  });
});

describe('news pages', () => {
  it('/nieuws/ shows the whole stream, 20 per page, with numbered pagination', () => {
    const paginas = Math.ceil(stroom.length / 20);
    expect(paginas).toBeGreaterThan(1);
    const titels: string[] = [];
    for (let n = 1; n <= paginas; n++) {
      const doc = html(n === 1 ? '/nieuws/' : `/nieuws/${n}/`);
      const opPagina = doc.querySelectorAll('main .vs-kaartje h2').map((h) => h.text.trim());
      expect(opPagina.length).toBe(Math.min(20, stroom.length - (n - 1) * 20));
      titels.push(...opPagina);
      const nav = doc.querySelector('nav[aria-label="Paginering"]');
      expect(nav?.querySelector('[aria-current="page"]')?.text.replace(/\s+/g, ' ').trim()).toBe(`Pagina ${n}`);
      expect(nav?.querySelectorAll('a').length).toBe(paginas + (n > 1 ? 1 : 0) + (n < paginas ? 1 : 0));
    }
    expect(titels).toEqual(stroom.map((i) => i.titel));
    expect(existsSync(join(dist, `nieuws/${paginas + 1}/index.html`))).toBe(false);
  });

  it('a project page puts current nuisance on top and lists its news newest first', () => {
    const doc = html('/projecten/riool-voorstraat-schoolstraat/');
    const main = doc.querySelector('main')!;
    const melding = main.querySelector('.utrecht-alert--warning')!;
    expect(melding.text.replace(/\s+/g, ' ')).toContain(
      "Nu: Voorstraat afgesloten voor auto's, tot en met vrijdag 26 maart 2027.",
    );
    // Above "Wat gaan we doen?" and the news list.
    const html2 = main.innerHTML;
    expect(html2.indexOf('utrecht-alert--warning')).toBeLessThan(html2.indexOf('Wat gaan we doen?'));
    const lijst = main.querySelectorAll('.vs-kaartje[id^="n-"] h3').map((h) => h.text.trim());
    expect(lijst).toEqual(nieuwsVanProject(stroom, 'riool-voorstraat-schoolstraat').map((i) => i.titel));
  });

  it('a wijk page shows its latest five items and current nuisance', () => {
    const doc = html('/wijken/centrum/');
    const items = doc.querySelectorAll('main .vs-kaartje[id^="n-"] h3').map((h) => h.text.trim());
    expect(items).toEqual(
      nieuwsVanWijk(stroom, 'centrum')
        .slice(0, 5)
        .map((i) => i.titel),
    );
    expect(doc.querySelector('main .utrecht-alert--warning')?.text).toMatch(/Nu:\s+Voorstraat afgesloten/);
  });

  it('a street page shows current and coming nuisance on that street first', () => {
    const melding = html('/straten/schoolstraat/').querySelector('main .utrecht-alert--warning')!;
    const tekst = melding.text.replace(/\s+/g, ' ');
    expect(tekst).toContain(
      'Binnenkort: Schoolstraat: een ochtend geen water, op dinsdag 8 december 2026 van 08:00 tot 12:00 uur',
    );
    // The closed Voorstraat is on the other street of the project: not in this street's notice.
    expect(tekst).not.toContain('Voorstraat afgesloten');
    expect(html('/straten/voorstraat/').querySelector('main .utrecht-alert--warning')?.text).toMatch(
      /Nu:\s+Voorstraat afgesloten/,
    );
  });
});
