/**
 * Calendar files in the build, read with ical.js (tests/support/ical.ts), not with the library
 * that wrote them, and checked against the content (frontmatter read here with `yaml`) and the
 * pages: every .ics parses, each VEVENT's local start (TZID=Europe/Amsterdam) equals the avond's
 * `start` and the time its page shows, a wijk's file holds exactly that wijk's avonden, a
 * cancelled avond is STATUS:CANCELLED and its page says so, and every webcal:// link is the
 * absolute URL of the download link beside it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { isBewonersPagina } from '../../src/lib/bewonerspagina.ts';
import { parse as parseYaml } from 'yaml';
import { leesAgenda, type GelezenAgenda } from '../support/ical.ts';

const dist = inject('distMap');
const inhoudMap = resolve(import.meta.dirname, '../../content');

function bestanden(map: string, einde: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return bestanden(pad, einde);
    return naam.endsWith(einde) ? [relative(dist, pad).split(sep).join('/')] : [];
  });
}

function voorwerk<T>(map: string): (T & { id: string })[] {
  return readdirSync(join(inhoudMap, map))
    .filter((n) => n.endsWith('.mdx'))
    .map((naam) => {
      const tekst = readFileSync(join(inhoudMap, map, naam), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(tekst)?.[1] ?? '';
      return { ...(parseYaml(yaml, { schema: 'yaml-1.1' }) as T), id: naam.replace(/\.mdx$/, '') };
    });
}

const avonden = voorwerk<{
  titel: string;
  start: string;
  eind: string;
  project: string;
  geannuleerd?: { reden: string };
}>('avonden');
const projecten = voorwerk<{ wijken: string[] }>('projecten');
const wijken = voorwerk<{ naam: string }>('wijken');
const avond = (id: string) => avonden.find((a) => a.id === id)!;
const pagina = (pad: string): HTMLElement => parseHtml(readFileSync(join(dist, pad), 'utf8'));
const agendaVan = (pad: string): GelezenAgenda => leesAgenda(readFileSync(join(dist, pad), 'utf8'));
const uidVan = (id: string) => `${id}@wijkgericht-voorschoten`;

describe('calendar files in the build', () => {
  const icsBestanden = bestanden(dist, '.ics');

  it('are there: one per avond, one per wijk, one for all of Voorschoten', () => {
    expect(icsBestanden.sort()).toEqual(
      [
        ...avonden.map((a) => `avonden/${a.id}/agenda.ics`),
        ...wijken.map((w) => `wijken/${w.id}/avonden.ics`),
        'avonden/avonden.ics',
      ].sort(),
    );
  });

  it('all parse, and every VEVENT has TZID=Europe/Amsterdam, a VTIMEZONE, and the local start, end and title of its avond', () => {
    for (const pad of icsBestanden) {
      const agenda = agendaVan(pad);
      expect(agenda.tijdzones, pad).toEqual(agenda.events.length > 0 ? ['Europe/Amsterdam'] : []);
      for (const ev of agenda.events) {
        const a = avond(ev.uid.replace(/@.*$/, ''));
        expect(a, `${pad}: ${ev.uid}`).toBeDefined();
        expect(ev.uid, pad).toBe(uidVan(a.id));
        expect(ev.tzid, pad).toBe('Europe/Amsterdam');
        expect([ev.startLokaal, ev.eindLokaal], `${pad}: ${a.id}`).toEqual([a.start, a.eind]);
        expect(ev.summary, pad).toBe(a.geannuleerd ? `Gaat niet door: ${a.titel}` : a.titel);
        expect(ev.status, pad).toBe(a.geannuleerd ? 'CANCELLED' : 'CONFIRMED');
        expect(ev.url, pad).toMatch(new RegExp(`^https://[^/]+/avonden/${a.id}/$`));
        expect(existsSync(join(dist, 'avonden', a.id, 'index.html')), ev.url ?? '').toBe(true);
      }
    }
  });

  it("the file's VTIMEZONE puts each start at the instant of the Amsterdam wall clock (winter +1, summer +2)", () => {
    const alle = agendaVan('avonden/avonden.ics').events;
    const amsterdam = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Amsterdam',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    for (const ev of alle) expect(amsterdam.format(ev.start).replace(' ', 'T'), ev.uid).toBe(ev.startLokaal);
    const offsets = new Set(alle.map((ev) => ev.start.getUTCHours() - Number(ev.startLokaal.slice(11, 13))));
    expect(offsets).toEqual(new Set([-1, -2]));
  });

  it('each avond page shows the same date and time as its calendar file', () => {
    for (const a of avonden) {
      const [ev] = agendaVan(`avonden/${a.id}/agenda.ics`).events;
      const wanneer = pagina(`avonden/${a.id}/index.html`).querySelector('dl time')?.parentNode;
      expect(wanneer?.querySelector('time')?.getAttribute('datetime'), a.id).toBe(ev?.startLokaal);
      expect(wanneer?.text.replace(/\s+/g, ' '), a.id).toContain(
        `van ${ev?.startLokaal.slice(11)} tot ${ev?.eindLokaal.slice(11)} uur`,
      );
    }
  });

  it("a wijk's file has exactly the avonden of the projects in that wijk, all of Voorschoten's has all", () => {
    for (const w of wijken) {
      const verwacht = avonden
        .filter((a) => projecten.find((p) => p.id === a.project)?.wijken.includes(w.id))
        .map((a) => uidVan(a.id));
      const agenda = agendaVan(`wijken/${w.id}/avonden.ics`);
      expect(agenda.events.map((e) => e.uid).sort(), w.id).toEqual(verwacht.sort());
      expect(agenda.naam, w.id).toBe(`Informatieavonden ${w.naam}`);
    }
    expect(agendaVan('wijken/leidseweg/avonden.ics').events.length).toBeGreaterThanOrEqual(2);
    expect(
      agendaVan('avonden/avonden.ics')
        .events.map((e) => e.uid)
        .sort(),
    ).toEqual(avonden.map((a) => uidVan(a.id)).sort());
  });
});

describe('a cancelled avond', () => {
  const geannuleerd = avonden.filter((a) => a.geannuleerd);

  it('the sample content has one, and its page says "Gaat niet door" with the reason and shows no form', () => {
    expect(geannuleerd.length).toBeGreaterThanOrEqual(1);
    for (const a of geannuleerd) {
      const doc = pagina(`avonden/${a.id}/index.html`);
      expect(doc.querySelector('[data-geannuleerd]')?.text, a.id).toContain('Gaat niet door.');
      expect(doc.querySelector('[data-geannuleerd]')?.text, a.id).toContain(a.geannuleerd!.reden);
      expect(doc.querySelector('form[data-laadt="formulier"]'), a.id).toBeNull();
      expect(doc.querySelector('#aanmelden + p')?.text, a.id).toBe('Aanmelden kan niet: deze avond gaat niet door.');
      expect(doc.querySelector('a[href$=".ics"]'), a.id).toBeNull();
      expect(agendaVan(`avonden/${a.id}/agenda.ics`).events[0]?.status, a.id).toBe('CANCELLED');
    }
  });

  it('lists say "Gaat niet door" beside it, and only beside it', () => {
    const lijst = pagina('avonden/index.html');
    for (const li of lijst.querySelectorAll('.vs-avonden li')) {
      const id = li.querySelector('a')?.getAttribute('href')?.split('/')[2] ?? '';
      expect(li.querySelector('[data-geannuleerd]')?.text.trim() ?? null, id).toBe(
        avond(id).geannuleerd ? 'Gaat niet door' : null,
      );
    }
    expect(lijst.querySelectorAll('.vs-avonden [data-geannuleerd]').length).toBe(geannuleerd.length);
  });
});

describe('calendar links on pages', () => {
  const paginas = bestanden(dist, '.html').filter(isBewonersPagina);

  it('each webcal:// link is the absolute URL (site origin) of the .ics download link beside it, which exists', () => {
    let aantal = 0;
    for (const pad of paginas) {
      const doc = pagina(pad);
      const origin = new URL(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').host;
      for (const webcal of doc.querySelectorAll('a[href^="webcal:"]')) {
        aantal++;
        const download = webcal.parentNode?.querySelector('a[download]')?.getAttribute('href') ?? '';
        expect(download, pad).toMatch(/^\/.+\.ics$/);
        expect(existsSync(join(dist, download)), `${pad} → ${download}`).toBe(true);
        expect(webcal.getAttribute('href'), pad).toBe(`webcal://${origin}${download}`);
        expect(webcal.text.trim(), pad).toBe('Abonneren in uw agenda-app');
      }
    }
    // Every wijk page, /avonden/, and every avond page that is not cancelled.
    expect(aantal).toBe(wijken.length + 1 + avonden.filter((a) => !a.geannuleerd).length);
  });

  it('the wijk page and /avonden/ offer their own file, with a sentence on what subscribing does', () => {
    const wijk = pagina('wijken/vlietwijk/index.html');
    const link = wijk.querySelector('a[href="/wijken/vlietwijk/avonden.ics"]');
    expect(link?.text).toBe('Alle informatieavonden in Vlietwijk in uw agenda (.ics-bestand)');
    expect(link?.parentNode?.nextElementSibling?.text).toContain(
      'Met een abonnement komen nieuwe avonden in Vlietwijk',
    );
    expect(pagina('avonden/index.html').querySelector('a[href="/avonden/avonden.ics"]')?.text).toBe(
      'Alle informatieavonden in Voorschoten in uw agenda (.ics-bestand)',
    );
  });
});
