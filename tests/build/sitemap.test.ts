/**
 * Files for crawlers and researchers in the build: sitemap.xml lists exactly the HTML pages
 * (all but 404.html) with absolute URLs, robots.txt points to it, and
 * /.well-known/security.txt is published.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isBewonersPagina } from '../../src/lib/bewonerspagina.ts';

const dist = inject('distMap');

function htmlPaginas(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return htmlPaginas(pad);
    return naam.endsWith('.html') ? [relative(dist, pad).split(sep).join('/')] : [];
  });
}

/** "https://…/wijken/centrum/" → "wijken/centrum/index.html" */
function bestandVan(url: URL): string {
  const pad = decodeURIComponent(url.pathname).replace(/^\//, '');
  return pad === '' || pad.endsWith('/') ? `${pad}index.html` : pad;
}

describe('sitemap.xml', () => {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
  const urls = locs.map((l) => new URL(l.replace(/&amp;/g, '&')));

  it('is a sitemaps.org urlset with absolute https URLs on one origin', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.match(/<url>/g)?.length).toBe(locs.length);
    expect(locs.length).toBeGreaterThan(30);
    expect(new Set(urls.map((u) => u.origin)).size).toBe(1);
    for (const u of urls) expect(u.protocol, u.href).toBe('https:');
    expect(new Set(locs).size, 'no duplicates').toBe(locs.length);
  });

  it('every URL is an existing HTML page, with a trailing slash', () => {
    const weg = urls.filter((u) => !existsSync(join(dist, bestandVan(u)))).map((u) => u.href);
    expect(weg).toEqual([]);
    for (const u of urls) expect(u.pathname, u.href).toMatch(/\/$/);
  });

  it('every HTML page except 404.html is in the sitemap', () => {
    const inSitemap = new Set(urls.map(bestandVan));
    const ontbreekt = htmlPaginas(dist).filter(
      // Not for residents or search engines: the 404 page and the staff's content editor.
      (p) => p !== '404.html' && isBewonersPagina(p) && !inSitemap.has(p),
    );
    expect(ontbreekt).toEqual([]);
    expect(inSitemap.has('404.html')).toBe(false);
  });
});

describe('robots.txt and security.txt', () => {
  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBeDefined();
    expect(new URL(sitemap ?? '').href).toBe('https://wijkgericht.voorschoten.example/sitemap.xml');
  });

  it('/.well-known/security.txt is published', () => {
    expect(readFileSync(join(dist, '.well-known/security.txt'), 'utf8')).toMatch(/^Contact: /m);
  });
});
