/**
 * Build output: every wijk and project has a page, every page has the shared frame
 * (lang, skip link, header with the wijken, breadcrumbs, footer), internal links resolve,
 * and no page ships JavaScript (only the sign-up form's small loader, on avond pages).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { isBewonersPagina } from '../../src/lib/bewonerspagina.ts';

const dist = inject('distMap');
let paginas: Map<string, HTMLElement>;

function htmlBestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return htmlBestanden(pad);
    return naam.endsWith('.html') ? [pad] : [];
  });
}

/** "/wijken/centrum/" → "wijken/centrum/index.html" */
function doelBestand(pad: string): string | undefined {
  const kandidaten = pad.endsWith('/') ? [`${pad}index.html`] : [pad, `${pad}/index.html`, `${pad}.html`];
  return kandidaten
    .map((k) => k.replace(/^\//, ''))
    .find((k) => existsSync(join(dist, k)) && statSync(join(dist, k)).isFile());
}

/** The GET routes of the functions (`config.path` in functions/*.ts), e.g. /api/enquetes/:slug/resultaten. */
const functieRoutes: RegExp[] = readdirSync('functions')
  .filter((n) => n.endsWith('.ts'))
  .flatMap((n) => {
    const bron = readFileSync(join('functions', n), 'utf8');
    if (/method: '(?!GET)/.test(bron)) return [];
    return [...bron.matchAll(/'(\/api\/[^']+)'/g)].map((m) => new RegExp(`^${m[1]!.replace(/:[a-z]+/g, '[^/]+')}$`));
  });

beforeAll(() => {
  // Resident pages; the content editor (/admin/) is checked in tests/browser/cms.test.ts.
  paginas = new Map(
    htmlBestanden(dist)
      .map((b) => relative(dist, b).split(sep).join('/'))
      .filter(isBewonersPagina)
      .map((p) => [p, parse(readFileSync(join(dist, p), 'utf8'))]),
  );
});

describe('pages exist', () => {
  it('has a page for each of the 11 wijken', () => {
    const wijken = readdirSync(join(dist, 'wijken')).filter((n) => existsSync(join(dist, 'wijken', n, 'index.html')));
    expect(wijken.sort()).toEqual([
      'adegeest',
      'bijdorp',
      'boschgeest',
      'centrum',
      'dobbewijk',
      'krimwijk',
      'leidseweg',
      'nassauwijk',
      'noord-hofland',
      'starrenburg',
      'vlietwijk',
    ]);
  });

  it('has at least 12 project pages', () => {
    const projecten = readdirSync(join(dist, 'projecten')).filter((n) =>
      existsSync(join(dist, 'projecten', n, 'index.html')),
    );
    expect(projecten.length).toBeGreaterThanOrEqual(12);
  });

  it.each([
    'index.html',
    'participatie/index.html',
    'over/index.html',
    'privacy/index.html',
    'toegankelijkheid/index.html',
    '404.html',
  ])('%s', (p) => expect(paginas.has(p)).toBe(true));
});

describe('every page has the shared frame', () => {
  it('lang="nl", a title, a skip link to the main content, header with all wijken, footer with contact routes', () => {
    for (const [naam, doc] of paginas) {
      const fout = (w: string) => `${naam}: ${w}`;
      expect(doc.querySelector('html')?.getAttribute('lang'), fout('lang')).toBe('nl');
      expect(doc.querySelector('title')?.text.trim(), fout('title')).toBeTruthy();
      const skip = doc.querySelector('a.utrecht-skip-link');
      expect(skip?.getAttribute('href'), fout('skip link')).toBe('#inhoud');
      expect(doc.querySelector('main#inhoud'), fout('main#inhoud')).not.toBeNull();
      expect(doc.querySelectorAll('header .vs-wijken-menu a[href^="/wijken/"]').length, fout('wijken in header')).toBe(
        12,
      );
      expect(doc.querySelector('footer')?.text, fout('footer')).toContain('Servicepunt');
      expect(doc.querySelectorAll('h1').length, fout('one h1')).toBe(1);
    }
  });

  it('breadcrumbs on every page below the home page', () => {
    for (const [naam, doc] of paginas) {
      if (naam === 'index.html' || naam === '404.html') continue;
      const kruimels = doc.querySelectorAll('nav.utrecht-breadcrumb-nav li');
      expect(kruimels.length, naam).toBeGreaterThanOrEqual(2);
      expect(kruimels[0]?.querySelector('a')?.getAttribute('href'), naam).toBe('/');
      expect(kruimels.at(-1)?.querySelector('[aria-current="page"]'), naam).not.toBeNull();
    }
  });

  it('no resident page links to the content editor (/admin/)', () => {
    const metLink = [...paginas].filter(([, doc]) => doc.querySelectorAll('a[href^="/admin"]').length > 0);
    expect(metLink.map(([naam]) => naam)).toEqual([]);
  });

  it('ships no JavaScript, except one external loader per kind of loader the page asks for (data-laadt)', () => {
    for (const [naam, doc] of paginas) {
      const scripts = doc.querySelectorAll('script');
      const soorten = new Set(doc.querySelectorAll('[data-laadt]').map((el) => el.getAttribute('data-laadt')));
      if (soorten.size > 0) {
        // E.g. a wijk page: the street finder's suggestions and the map. The budget test caps their size.
        expect(scripts.length, naam).toBeLessThanOrEqual(soorten.size);
        for (const s of scripts) expect(s.getAttribute('src'), naam).toMatch(/^\/_astro\/[^/]+\.js$/);
      } else {
        expect(scripts.length, naam).toBe(0);
      }
    }
  });
});

describe('links', () => {
  it('every internal link and asset resolves, including #fragments', () => {
    const kapot: string[] = [];
    for (const [naam, doc] of paginas) {
      for (const el of doc.querySelectorAll('a[href], link[href], img[src]')) {
        const waarde = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (!waarde.startsWith('/') || waarde.startsWith('//')) {
          if (waarde.startsWith('#') && waarde.length > 1 && !doc.getElementById(waarde.slice(1)))
            kapot.push(`${naam} → ${waarde}`);
          continue;
        }
        const [pad = '', fragment] = waarde.split('#');
        if (functieRoutes.some((r) => r.test(pad.split('?')[0] ?? ''))) continue; // served by a function
        const doel = doelBestand(pad.split('?')[0] ?? '');
        if (!doel) {
          kapot.push(`${naam} → ${waarde}`);
        } else if (fragment && doel.endsWith('.html') && !paginas.get(doel)?.getElementById(fragment)) {
          kapot.push(`${naam} → ${waarde} (geen id "${fragment}")`);
        }
      }
    }
    expect(kapot).toEqual([]);
  });
});

describe('wijk pages', () => {
  const wijk = (slug: string) => paginas.get(`wijken/${slug}/index.html`)!;

  it('show sample-data notice, key figures of all six categories, cadence and contacts', () => {
    const doc = wijk('centrum');
    expect(doc.querySelector('.vs-voorbeeld')?.text).toContain('voorbeeldgegevens');
    const categorieen = doc.querySelectorAll('.vs-kerncijfers th[scope="rowgroup"]').map((th) => th.text.trim());
    expect(categorieen).toEqual([
      'Wonen',
      'Openbare ruimte',
      'Veiligheid',
      'Voorzieningen',
      'Sociale cohesie',
      'Demografie',
    ]);
    expect(doc.querySelector('[data-cadans]')).not.toBeNull();
    expect(doc.querySelector('#contact + ul')?.text).toContain('Coördinator wijkgericht werken');
  });

  it('show the pilot block only for the two aandachtsgebieden', () => {
    const metPilot = [...paginas.entries()]
      .filter(([n, d]) => n.startsWith('wijken/') && d.querySelector('.vs-pilot'))
      .map(([n]) => n);
    expect(metPilot.sort()).toEqual(['wijken/noord-hofland/index.html', 'wijken/vlietwijk/index.html']);
    expect(wijk('noord-hofland').querySelector('.vs-pilot')?.text).toContain('Alettahof');
  });

  it('show every cadence state somewhere, given the fixed test date', () => {
    const staten = new Set(
      [...paginas.entries()]
        .filter(([n]) => /^wijken\/[^/]+\/index.html$/.test(n))
        .map(([, d]) => d.querySelector('[data-cadans]')?.getAttribute('data-cadans')),
    );
    expect(staten).toContain('op-tijd');
    expect(staten).toContain('binnenkort');
    expect(staten).toContain('te-laat');
  });
});

describe('project pages', () => {
  it('show the influence card, the phases with exactly one current or next marker, and a contact', () => {
    for (const [naam, doc] of paginas) {
      if (!/^projecten\/[^/]+\/index.html$/.test(naam)) continue;
      expect(doc.querySelector('.vs-invloed')?.text, naam).toMatch(/Dit ligt vast/);
      expect(doc.querySelector('.vs-invloed')?.text, naam).toMatch(/Wie beslist/);
      expect(doc.querySelectorAll('.vs-tijdlijn li').length, naam).toBeGreaterThan(0);
      expect(doc.querySelectorAll('.vs-tijdlijn [aria-current="step"]').length, naam).toBeLessThanOrEqual(1);
      expect(doc.querySelector('#contact + ul')?.text, naam).toContain('Accounthouder');
    }
  });
});

describe('avond pages', () => {
  const avondPaginas = () => [...paginas.entries()].filter(([n]) => /^avonden\/[^/]+\/index\.html$/.test(n));

  it('carry the sign-up form (plain POST, labelled fields, why and how long), or say that sign-up is closed', () => {
    expect(avondPaginas().length).toBeGreaterThanOrEqual(8);
    for (const [naam, doc] of avondPaginas()) {
      const slug = naam.split('/')[1];
      const form = doc.querySelector('form[data-laadt="formulier"]');
      if (!form) {
        expect(doc.querySelector('#aanmelden + p')?.text, naam).toMatch(
          /^(Aanmelden voor deze avond kan niet meer\.|Aanmelden kan niet: deze avond gaat niet door\.)/,
        );
        continue;
      }
      expect(form.getAttribute('method'), naam).toBe('post');
      expect(form.getAttribute('action'), naam).toBe(`/api/avonden/${slug}/aanmeldingen`);
      expect(
        form.querySelectorAll('label').map((l) => l.text.trim()),
        naam,
      ).toContain('Wat wilt u vragen of meegeven? (optioneel)');
      expect(form.text, naam).toContain('30 dagen na de avond verwijderen wij uw naam, e-mailadres en vraag');
      expect(doc.querySelector('section[aria-labelledby="aanmelden"]')?.text, naam).toContain('wachtlijst');
    }
  });

  it('before sign-up opens (built 1 December 2026): no active form, but from when it opens and a link to the live form', () => {
    const doc = paginas.get('avonden/buurthuis-vlietwijk-2027-03/index.html')!;
    expect(doc.querySelector('form[data-laadt="formulier"]')?.hasAttribute('hidden')).toBe(true);
    const melding = doc.querySelector('[data-venster]');
    expect(melding?.hasAttribute('hidden')).toBe(false);
    expect(melding?.text).toContain('Aanmelden kan vanaf vrijdag 15 januari 2027, 09:00.');
    expect(melding?.querySelector('a')?.getAttribute('href')).toBe(
      '/api/avonden/buurthuis-vlietwijk-2027-03/aanmeldingen',
    );
  });

  // tests/build/agenda.test.ts reads them with ical.js and checks them against content and pages.
  it('each have a calendar file (RFC 5545: CRLF lines, Amsterdam local times, the title)', () => {
    for (const [naam, doc] of avondPaginas()) {
      const ics = readFileSync(join(dist, naam.replace('index.html', 'agenda.ics')), 'utf8');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), naam).toBe(true);
      expect(ics, naam).toMatch(/\r\nDTSTART;TZID=Europe\/Amsterdam:\d{8}T\d{6}\r\n/);
      const titel = doc.querySelector('h1')?.text.trim().slice(0, 40) ?? '';
      const summary = /\r\nSUMMARY:(?:Gaat niet door: )?(.*)\r\n/.exec(ics)?.[1];
      expect(summary?.startsWith(titel), naam).toBe(true);
      expect(ics.trimEnd().endsWith('END:VCALENDAR'), naam).toBe(true);
    }
  });
});

describe('survey pages', () => {
  it('before a survey opens (built 1 December 2026): no form, but from when, and a link to the live form', () => {
    const doc = paginas.get('enquetes/buurthuis-vlietwijk/index.html')!;
    expect(doc.querySelector('form.vs-formulier')).toBeNull();
    const tekst = doc.querySelector('section[aria-labelledby="vragen"]')?.text ?? '';
    expect(tekst).toContain('Meedoen kan vanaf maandag 1 februari 2027, 09:00.');
    expect(doc.querySelectorAll('section[aria-labelledby="vragen"] a').map((a) => a.getAttribute('href'))).toContain(
      '/api/enquetes/buurthuis-vlietwijk/antwoorden',
    );
  });
});

describe('street pages', () => {
  const straten = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/straten.json'), 'utf8')) as {
    naam: string;
    slug: string;
    wijk: string;
  }[];
  const straat = (slug: string) => paginas.get(`straten/${slug}/index.html`);

  it('has a page for every street in content/straten.json, with breadcrumbs Home › wijk › street', () => {
    expect(straten.length).toBeGreaterThan(0);
    for (const s of straten) {
      const doc = straat(s.slug);
      expect(doc, s.slug).toBeDefined();
      expect(doc!.querySelector('h1')?.text.trim(), s.slug).toBe(s.naam);
      const kruimels = doc!.querySelectorAll('nav.utrecht-breadcrumb-nav li');
      expect(
        kruimels.map((k) => k.querySelector('a')?.getAttribute('href') ?? 'huidig'),
        s.slug,
      ).toEqual(['/', `/wijken/${s.wijk}/`, 'huidig']);
    }
  });

  it('contain no <script> at all', () => {
    for (const s of straten) expect(straat(s.slug)!.querySelectorAll('script'), s.slug).toHaveLength(0);
    expect(paginas.get('straten/index.html')!.querySelectorAll('script')).toHaveLength(0);
  });

  it('list the projects that name the street, with phase and dates, and the sample-data notice', () => {
    const doc = straat('jan-evertsenlaan')!;
    const projecten = doc.querySelectorAll('#projecten + ul h3 a').map((a) => a.getAttribute('href'));
    expect(projecten).toContain('/projecten/herinrichting-jan-evertsenlaan/');
    expect(projecten).toContain('/projecten/overlast-noord-hofland/');
    expect(doc.querySelector('#projecten + ul .vs-kaartje__meta')?.text).toMatch(/\d{4}/);
    expect(doc.querySelector('.vs-voorbeeld')?.text).toContain('voorbeeldgegevens');
  });

  it('the index lists every street once, grouped under its wijk', () => {
    const doc = paginas.get('straten/index.html')!;
    const links = doc.querySelectorAll('main a[href^="/straten/"]').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(straten.map((s) => `/straten/${s.slug}/`).sort());
    for (const s of straten) {
      expect(doc.querySelector(`#wijk-${s.wijk} + ul a[href="/straten/${s.slug}/"]`), s.slug).not.toBeNull();
    }
  });

  it('the finder (GET /api/straat, labelled text box) is on the home page and on every wijk page', () => {
    const metZoeker = [...paginas.entries()].filter(
      ([n]) => n === 'index.html' || /^wijken\/[^/]+\/index\.html$/.test(n),
    );
    expect(metZoeker.length).toBe(12);
    for (const [naam, doc] of metZoeker) {
      const form = doc.querySelector('form[action="/api/straat"]');
      expect(form?.getAttribute('method'), naam).toBe('get');
      const invoer = form?.querySelector('input[name="q"]');
      expect(invoer?.getAttribute('autocomplete'), naam).toBe('off');
      expect(form?.querySelector(`label[for="${invoer?.getAttribute('id') ?? ''}"]`)?.text.trim(), naam).toBe(
        'Vul uw straatnaam of postcode in',
      );
    }
  });
});
