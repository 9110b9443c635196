/**
 * Size budgets for the built site (gzip level 9, 1 kB = 1000 bytes):
 *
 * - the HTML of each wijk page ≤ 8 kB;
 * - all CSS files in dist together ≤ 10 kB;
 * - JavaScript that runs before any user action (the <script> tags in the HTML, the files they
 *   load with static imports, and modulepreload links) is 0 bytes on every page, except on pages
 *   with a map or search loader (an element with data-laadt="kaart" or data-laadt="zoeken"):
 *   there ≤ 1.5 kB;
 * - the first visit of a wijk page (its HTML + all CSS it links + its JS before action, no
 *   images) ≤ 30 kB.
 *
 * Maps. Every map page shows a static SVG map made at build time (part of its HTML). The
 * interactive map (MapLibre, ~290 kB gzip, plus its worker) is never part of "JS before any user
 * action": the loader (src/scripts/kaart-lader.ts) imports it with a dynamic import() when the
 * resident presses "Kaart met achtergrond en zoomen", on /kaart/ too. We do not pretend that costs
 * nothing: for every page with data-laadt="kaart" the script also measures what the loader fetches
 * after the request — the dynamically imported chunks, their static imports and the worker file
 * they name — and prints it as its own row, "kaart na klik". That row has no budget.
 *
 * The content editor at /admin/ (Sveltia CMS, for staff only, ~2 MB of JavaScript and its own
 * stylesheet) is not a resident page: `isBewonersPagina` leaves it out of every figure.
 *
 * `meetBudgetten(distMap)` measures a dist folder and is pure (reads files, no output);
 * `npm run budgets` builds the site, prints the table and exits 1 when a budget is exceeded.
 * The build tests (tests/build/budgets.test.ts) run the same check on every `npm test`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { isBewonersPagina } from '../src/lib/bewonerspagina.ts';

export const KB = 1000;

export const budgetten = {
  wijkHtml: 8 * KB,
  cssTotaal: 10 * KB,
  jsVoorActie: 0,
  jsMetLader: 1.5 * KB,
  eersteBezoekWijk: 30 * KB,
} as const;

/** Elements that mark a page as carrying a map or search loader (which may run a little JS). */
export const laders = ['kaart', 'zoeken', 'formulier'] as const;

export type Paginasoort = 'home' | 'wijk' | 'project' | 'avond' | 'overig';
export const paginasoorten: readonly Paginasoort[] = ['home', 'wijk', 'project', 'avond', 'overig'];
export type Maat = 'html' | 'css' | 'js' | 'eerste bezoek' | 'css totaal' | 'js na actie';

export interface Cijfer {
  maat: Maat;
  bytes: number;
  /** Absent when no budget applies to this figure. */
  budget?: number;
}

export interface Rij {
  soort: Paginasoort | 'css totaal' | 'kaart na klik';
  /** The largest page of this type (by first visit), relative to dist; for CSS the file count. */
  pagina: string;
  cijfers: Cijfer[];
}

export interface Overschrijding {
  /** Page relative to dist with forward slashes, or "alle CSS-bestanden". */
  pagina: string;
  maat: Maat;
  bytes: number;
  budget: number;
}

export interface PaginaMeting {
  pagina: string;
  soort: Paginasoort;
  lader: boolean;
  html: number;
  css: number;
  js: number;
  eersteBezoek: number;
  /** Map pages only: the JS the map loader fetches after the request (dynamic imports, their static imports, the worker they name). */
  kaart?: { naActie: number };
}

export interface BudgetResultaat {
  rijen: Rij[];
  overschreden: Overschrijding[];
  paginas: PaginaMeting[];
}

export function gz(inhoud: string | Buffer): number {
  return gzipSync(inhoud, { level: 9 }).length;
}

function bestanden(map: string, einde: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return bestanden(pad, einde);
    return naam.endsWith(einde) ? [pad] : [];
  });
}

const naarPosix = (p: string): string => p.split(sep).join('/');

/** Only resident pages count (src/lib/bewonerspagina.ts): not the staff's content editor. */
const telt = (dist: string, bestand: string): boolean => isBewonersPagina(naarPosix(relative(dist, bestand)));

export function paginasoort(pagina: string): Paginasoort {
  if (pagina === 'index.html') return 'home';
  const m = /^(wijken|projecten|avonden)\/[^/]+\/index\.html$/.exec(pagina);
  if (m?.[1] === 'wijken') return 'wijk';
  if (m?.[1] === 'projecten') return 'project';
  if (m?.[1] === 'avonden') return 'avond';
  return 'overig';
}

/** Script types a browser executes; other types (application/json, ld+json, importmap …) are data. */
export function isUitvoerbaar(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(t);
}

/** Resolves a URL in a page or JS file to a file in dist, or undefined for external URLs. */
function naarBestand(dist: string, vanafMap: string, url: string): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return undefined;
  const pad = (url.split(/[?#]/)[0] ?? '').trim();
  if (!pad) return undefined;
  return pad.startsWith('/') ? join(dist, pad) : resolve(vanafMap, pad);
}

function leesVerplicht(bestand: string, verwezenVanuit: string): Buffer {
  if (!existsSync(bestand)) throw new Error(`${verwezenVanuit} verwijst naar ${bestand}, dat niet bestaat`);
  return readFileSync(bestand);
}

const statischeImport = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g;

/** A JS file plus everything it imports statically (dynamic import() runs later, on demand). */
function jsMetImports(dist: string, bestand: string, verwezenVanuit: string, gezien: Set<string>): void {
  if (gezien.has(bestand)) return;
  const code = leesVerplicht(bestand, verwezenVanuit).toString('utf8');
  gezien.add(bestand);
  for (const m of code.matchAll(statischeImport)) {
    const doel = m[1] && !/^[a-z@]/i.test(m[1]) ? naarBestand(dist, dirname(bestand), m[1]) : undefined;
    if (doel) jsMetImports(dist, doel, relative(dist, bestand), gezien);
  }
}

const dynamischeImport = /\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g;
const workerBestand = /[`"'](\/_astro\/[^`"']+\.m?js)[`"']/g;

/**
 * What the map loader fetches after the request: every dynamic import() of the given files, the files
 * those import statically, and the JS files they name as strings under /_astro/ (MapLibre's worker).
 * Dynamic imports of those chunks are followed too.
 */
function jsNaActie(dist: string, voorActie: Set<string>, pagina: string): Set<string> {
  const na = new Set<string>();
  // Only the map loader's own imports (the file that looks for data-laadt="kaart"), not those of a
  // search or form loader on the same page.
  const werk = [...voorActie].filter((b) => /data-laadt=\\?["']kaart/.test(readFileSync(b, 'utf8')));
  for (let bestand = werk.pop(); bestand !== undefined; bestand = werk.pop()) {
    const code = readFileSync(bestand).toString('utf8');
    const doelen = [...code.matchAll(dynamischeImport)].map((m) => naarBestand(dist, dirname(bestand), m[1] ?? ''));
    if (na.has(bestand))
      doelen.push(...[...code.matchAll(workerBestand)].map((m) => naarBestand(dist, dist, m[1] ?? '')));
    for (const doel of doelen) {
      if (!doel || voorActie.has(doel) || na.has(doel)) continue;
      const erbij = new Set<string>();
      jsMetImports(dist, doel, pagina, erbij);
      for (const j of erbij) {
        if (voorActie.has(j) || na.has(j)) continue;
        na.add(j);
        werk.push(j);
      }
    }
  }
  return na;
}

function meetPagina(dist: string, bestand: string, cssCache: Map<string, number>): PaginaMeting {
  const pagina = naarPosix(relative(dist, bestand));
  const ruw = readFileSync(bestand);
  const doc = parse(ruw.toString('utf8'));
  const map = dirname(bestand);

  const cssBestanden = new Set<string>();
  for (const link of doc.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('stylesheet')) continue;
    const doel = naarBestand(dist, map, link.getAttribute('href') ?? '');
    if (doel) cssBestanden.add(doel);
  }
  let css = 0;
  for (const c of cssBestanden) {
    if (!cssCache.has(c)) cssCache.set(c, gz(leesVerplicht(c, pagina)));
    css += cssCache.get(c) ?? 0;
  }

  const jsBestanden = new Set<string>();
  let inlineJs = 0;
  for (const script of doc.querySelectorAll('script')) {
    if (!isUitvoerbaar(script.getAttribute('type'))) continue;
    const src = script.getAttribute('src');
    if (src !== undefined) {
      const doel = naarBestand(dist, map, src);
      if (doel) jsMetImports(dist, doel, pagina, jsBestanden);
    } else if (script.rawText.trim() !== '') {
      inlineJs += gz(script.rawText);
    }
  }
  for (const link of doc.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const isScript = rel.includes('modulepreload') || (rel.includes('preload') && link.getAttribute('as') === 'script');
    if (!isScript) continue;
    const doel = naarBestand(dist, map, link.getAttribute('href') ?? '');
    if (doel) jsMetImports(dist, doel, pagina, jsBestanden);
  }
  let js = inlineJs;
  for (const j of jsBestanden) js += gz(readFileSync(j));

  const lader = laders.some((l) => doc.querySelector(`[data-laadt="${l}"]`) !== null);
  const html = gz(ruw);
  const meting: PaginaMeting = {
    pagina,
    soort: paginasoort(pagina),
    lader,
    html,
    css,
    js,
    eersteBezoek: html + css + js,
  };
  const kaarten = doc.querySelectorAll('[data-laadt="kaart"]');
  if (kaarten.length > 0) {
    let naActie = 0;
    for (const j of jsNaActie(dist, jsBestanden, pagina)) naActie += gz(readFileSync(j));
    meting.kaart = { naActie };
  }
  return meting;
}

function budgetVoor(p: PaginaMeting, maat: Maat): number | undefined {
  if (maat === 'js') return p.lader ? budgetten.jsMetLader : budgetten.jsVoorActie;
  if (p.soort !== 'wijk') return undefined;
  if (maat === 'html') return budgetten.wijkHtml;
  if (maat === 'eerste bezoek') return budgetten.eersteBezoekWijk;
  return undefined;
}

function cijfersVan(p: PaginaMeting): Cijfer[] {
  const waarden: [Maat, number][] = [
    ['html', p.html],
    ['css', p.css],
    ['js', p.js],
    ['eerste bezoek', p.eersteBezoek],
  ];
  return waarden.map(([maat, bytes]) => {
    const budget = budgetVoor(p, maat);
    return budget === undefined ? { maat, bytes } : { maat, bytes, budget };
  });
}

/** Measures a built site against the budgets. Throws when a page refers to a missing CSS/JS file. */
export function meetBudgetten(distMap: string): BudgetResultaat {
  const dist = resolve(distMap);
  const cssCache = new Map<string, number>();
  const paginas = bestanden(dist, '.html')
    .filter((b) => telt(dist, b))
    .map((b) => meetPagina(dist, b, cssCache))
    .sort((a, b) => a.pagina.localeCompare(b.pagina));

  const overschreden: Overschrijding[] = [];
  for (const p of paginas) {
    for (const c of cijfersVan(p)) {
      if (c.budget !== undefined && c.bytes > c.budget)
        overschreden.push({ pagina: p.pagina, maat: c.maat, bytes: c.bytes, budget: c.budget });
    }
  }

  const cssAlle = bestanden(dist, '.css').filter((b) => telt(dist, b));
  const cssTotaal = cssAlle.reduce((som, b) => som + gz(readFileSync(b)), 0);
  if (cssTotaal > budgetten.cssTotaal) {
    overschreden.push({
      pagina: 'alle CSS-bestanden',
      maat: 'css totaal',
      bytes: cssTotaal,
      budget: budgetten.cssTotaal,
    });
  }

  const rijen: Rij[] = paginasoorten.map((soort) => {
    const grootste = paginas.filter((p) => p.soort === soort).sort((a, b) => b.eersteBezoek - a.eersteBezoek)[0];
    return grootste
      ? { soort, pagina: grootste.pagina, cijfers: cijfersVan(grootste) }
      : { soort, pagina: '—', cijfers: [] };
  });
  const grootsteKaart = paginas
    .filter((p) => p.kaart)
    .sort((a, b) => (b.kaart?.naActie ?? 0) - (a.kaart?.naActie ?? 0))[0];
  if (grootsteKaart?.kaart) {
    rijen.push({
      soort: 'kaart na klik',
      pagina: grootsteKaart.pagina,
      cijfers: [{ maat: 'js na actie', bytes: grootsteKaart.kaart.naActie }],
    });
  }
  rijen.push({
    soort: 'css totaal',
    pagina: `${cssAlle.length} ${cssAlle.length === 1 ? 'bestand' : 'bestanden'}`,
    cijfers: [{ maat: 'css totaal', bytes: cssTotaal, budget: budgetten.cssTotaal }],
  });
  return { rijen, overschreden, paginas };
}

// ------------------------------------------------------------------ output

export function kb(bytes: number): string {
  return bytes === 0 ? '0 B' : `${(bytes / KB).toFixed(1)} kB`;
}

function cel(c: Cijfer | undefined): string {
  if (!c) return '';
  if (c.budget === undefined) return kb(c.bytes);
  return `${kb(c.bytes)} / ${kb(c.budget)}${c.bytes > c.budget ? ' ✗' : ' ✓'}`;
}

/** The table: one row per page type (its largest page) and one for all CSS; figure / budget. */
export function formatteerTabel(r: BudgetResultaat): string {
  const kop = ['soort', 'grootste pagina', 'HTML', 'CSS', 'JS vóór actie', 'eerste bezoek'];
  const regels = r.rijen.map((rij) => {
    const van = (m: Maat) => rij.cijfers.find((c) => c.maat === m);
    return [
      rij.soort,
      rij.pagina,
      cel(van('html')),
      cel(van('css') ?? van('css totaal')),
      cel(van('js') ?? van('js na actie')),
      cel(van('eerste bezoek')),
    ];
  });
  const breedte = kop.map((k, i) => Math.max(k.length, ...regels.map((r) => (r[i] ?? '').length)));
  const regel = (cellen: string[]) => `| ${cellen.map((c, i) => c.padEnd(breedte[i] ?? 0)).join(' | ')} |`;
  const uit = [
    'Budgetten (gzip -9, 1 kB = 1000 bytes; figuur / budget)',
    regel(kop),
    regel(breedte.map((b) => '-'.repeat(b))),
    ...regels.map(regel),
  ];
  uit.push(
    r.overschreden.length === 0
      ? 'Alle budgetten gehaald.'
      : [
          'Overschreden:',
          ...r.overschreden.map((o) => `  ${o.pagina}: ${o.maat} ${kb(o.bytes)} > ${kb(o.budget)}`),
        ].join('\n'),
  );
  return uit.join('\n');
}

// ------------------------------------------------------------------ CLI: node scripts/budgets.ts [dist]

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const map = process.argv[2] ?? 'dist';
  if (!existsSync(join(map, 'index.html'))) {
    console.error(`Geen gebouwde site in ${map}/ (eerst npm run build).`);
    process.exit(2);
  }
  const r = meetBudgetten(map);
  console.log(formatteerTabel(r));
  process.exit(r.overschreden.length === 0 ? 0 : 1);
}
