/**
 * The static map: the same `KaartData` as the interactive map (src/lib/kaart.ts `kaartModel`) as
 * an SVG string, made at build time. Wijk boundaries with their names, every project geometry in
 * its type's colour and dash pattern (kaart-stijl.ts, the legend's), every project a link to its
 * page with an accessible name. Only presentation attributes, no style="" and no script: the CSP
 * allows it inline.
 *
 * Projection: equirectangular, longitude scaled by cos(latitude) in the middle of the map; good
 * enough for a town. Coordinates in a viewBox `breedte` units wide (400 by default), rounded to
 * 0.1 unit. Boundaries are clipped to the viewBox (a wijk map shows its neighbours' edges) and
 * simplified (Douglas–Peucker, 0.4 unit), so real CBS boundaries stay small in the HTML.
 *
 * Pure: no I/O. `svgKaart` gives the drawn shapes (for tests), `kaartSvg` the markup.
 */
import type { Geometrie } from '../domain/schemas.ts';
import type { Positie, Wijkgrens } from '../domain/straat.ts';
import { grensKleur, kaartAchtergrond, typeStijl } from './kaart-stijl.ts';
import type { KaartData, ProjectEigenschappen } from './kaart.ts';

export interface SvgOpties {
  /** Unique in the page: ids of the title and description derive from it. */
  id: string;
  /** The SVG's title (its accessible name), e.g. "Kaart van Vlietwijk". */
  titel: string;
  /** The SVG's description for screen readers. */
  beschrijving: string;
  /** Width of the viewBox in units (default 400); the height follows from the area's shape. */
  breedte?: number;
  /** Drawn smaller on the page (a street page's map of its wijk). */
  klein?: boolean;
}

/** A wijk as drawn: its outline in viewBox units and where its name goes (undefined: no room). */
export interface SvgWijk {
  wijk: string;
  naam: string;
  actief: boolean;
  /** Rings (outer rings and holes), clipped to the viewBox and simplified. */
  ringen: Positie[][];
  /** Where the name goes (its centre) and its lines (a two-word name may take two). */
  label?: { punt: Positie; regels: string[] };
}

export interface SvgProject {
  eigenschappen: ProjectEigenschappen;
  geometrie: Geometrie;
  /** The geometry's lines or rings (one entry for a point) in viewBox units. */
  delen: Positie[][];
  /** The marker: the project's anchor in viewBox units. */
  anker: Positie;
}

export interface SvgKaartModel {
  breedte: number;
  hoogte: number;
  wijken: SvgWijk[];
  projecten: SvgProject[];
}

/** Empty space around the area, in viewBox units (room for markers and labels). */
const marge = 16;
/** Font size of the wijk names in viewBox units. */
export const labelGrootte = 16;
/** Estimated width of a bold character, in font sizes (generous, for common sans-serif fonts). */
const tekenBreedte = 0.62;
const r1 = (x: number): number => Math.round(x * 10) / 10;

/** Equirectangular projection of `omvang`, centred in a viewBox `breedte` wide and 0.6–1.25 × as high. */
export function projectie(
  omvang: [Positie, Positie],
  breedte: number,
): { naar: (p: Positie) => Positie; hoogte: number } {
  const [[west, zuid], [oost, noord]] = omvang;
  const cos = Math.cos((((zuid + noord) / 2) * Math.PI) / 180);
  const dx = Math.max((oost - west) * cos, 0.002);
  const dy = Math.max(noord - zuid, 0.002);
  const schaal = Math.min((breedte - 2 * marge) / dx, (breedte * 1.25 - 2 * marge) / dy);
  // A long, low area still gets a usable height (at least 0.6 × width): more of the neighbours show.
  const hoogte = Math.ceil(Math.max(dy * schaal + 2 * marge, breedte * 0.6));
  const x0 = (breedte - (oost - west) * cos * schaal) / 2;
  const y0 = (hoogte - (noord - zuid) * schaal) / 2;
  return {
    hoogte,
    naar: ([lon, lat]) => [r1(x0 + (lon - west) * cos * schaal), r1(y0 + (noord - lat) * schaal)],
  };
}

/** Sutherland–Hodgman: a closed ring clipped to the rectangle [0, b] × [0, h]; [] when outside. */
export function knipRing(ring: readonly Positie[], b: number, h: number): Positie[] {
  const randen: [(p: Positie) => boolean, (p: Positie, q: Positie) => Positie][] = [
    [(p) => p[0] >= 0, (p, q) => snijX(p, q, 0)],
    [(p) => p[0] <= b, (p, q) => snijX(p, q, b)],
    [(p) => p[1] >= 0, (p, q) => snijY(p, q, 0)],
    [(p) => p[1] <= h, (p, q) => snijY(p, q, h)],
  ];
  let uit: Positie[] = ring.slice(0, -1);
  for (const [binnen, snij] of randen) {
    const in_ = uit;
    uit = [];
    in_.forEach((p, i) => {
      const vorige = in_[(i + in_.length - 1) % in_.length]!;
      if (binnen(p)) {
        if (!binnen(vorige)) uit.push(snij(vorige, p));
        uit.push(p);
      } else if (binnen(vorige)) uit.push(snij(vorige, p));
    });
  }
  return uit.length >= 3 ? [...uit, uit[0]!] : [];
}
const snijX = (p: Positie, q: Positie, x: number): Positie => [x, p[1] + ((q[1] - p[1]) * (x - p[0])) / (q[0] - p[0])];
const snijY = (p: Positie, q: Positie, y: number): Positie => [p[0] + ((q[0] - p[0]) * (y - p[1])) / (q[1] - p[1]), y];

/** Distance from p to the segment a–b. */
function afstandTotLijnstuk(p: Positie, a: Positie, b: Positie): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker with tolerance `tol`, then rounding to 0.1 and dropping repeated points. */
export function vereenvoudig(lijn: readonly Positie[], tol = 0.4): Positie[] {
  const houd = new Array<boolean>(lijn.length).fill(false);
  houd[0] = houd[lijn.length - 1] = true;
  const stapel: [number, number][] = [[0, lijn.length - 1]];
  for (let stuk = stapel.pop(); stuk; stuk = stapel.pop()) {
    const [a, b] = stuk;
    let [verst, max] = [-1, tol];
    for (let i = a + 1; i < b; i++) {
      const d = afstandTotLijnstuk(lijn[i]!, lijn[a]!, lijn[b]!);
      if (d > max) [verst, max] = [i, d];
    }
    if (verst > 0) {
      houd[verst] = true;
      stapel.push([a, verst], [verst, b]);
    }
  }
  const uit: Positie[] = [];
  for (const [i, p] of lijn.entries()) {
    const q: Positie = [r1(p[0]), r1(p[1])];
    const vorige = uit.at(-1);
    if (houd[i] && !(vorige?.[0] === q[0] && vorige[1] === q[1])) uit.push(q);
  }
  return uit;
}

/** Whether p lies inside the polygon (even-odd over all rings, so holes are outside). */
export function binnenVlak([x, y]: Positie, ringen: readonly Positie[][]): boolean {
  let binnen = false;
  for (const r of ringen)
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i]!;
      const [xj, yj] = r[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) binnen = !binnen;
    }
  return binnen;
}

/** Signed distance from p to the polygon's edge: positive inside. */
function randAfstand(p: Positie, ringen: readonly Positie[][]): number {
  let min = Infinity;
  for (const r of ringen)
    for (let i = 1; i < r.length; i++) min = Math.min(min, afstandTotLijnstuk(p, r[i - 1]!, r[i]!));
  return binnenVlak(p, ringen) ? min : -min;
}

/**
 * Pole of inaccessibility (the polylabel algorithm: square cells, best first, split while a cell
 * could still hold a better point): the point inside the polygon farthest from its edge, to
 * `precisie` units, and that distance. For a label that stays inside its wijk.
 */
export function poolVanOntoegankelijkheid(
  ringen: readonly Positie[][],
  precisie = 1,
): { punt: Positie; straal: number } {
  const alle = ringen.flat();
  const xs = alle.map((p) => p[0]);
  const ys = alle.map((p) => p[1]);
  const [minX, minY, maxX, maxY] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const cel = Math.min(maxX - minX, maxY - minY);
  const maak = (x: number, y: number, h: number): Cel => {
    const d = randAfstand([x, y], ringen);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  let beste = maak((minX + maxX) / 2, (minY + maxY) / 2, 0);
  if (cel <= 0) return { punt: [beste.x, beste.y], straal: 0 };
  const rij: Cel[] = [];
  const h0 = cel / 2;
  for (let x = minX; x < maxX; x += cel) for (let y = minY; y < maxY; y += cel) rij.push(maak(x + h0, y + h0, h0));
  while (rij.length > 0) {
    rij.sort((a, b) => a.max - b.max);
    const c = rij.pop()!;
    if (c.d > beste.d) beste = c;
    if (c.max - beste.d <= precisie) continue;
    const h = c.h / 2;
    rij.push(
      maak(c.x - h, c.y - h, h),
      maak(c.x + h, c.y - h, h),
      maak(c.x - h, c.y + h, h),
      maak(c.x + h, c.y + h, h),
    );
  }
  return { punt: [r1(beste.x), r1(beste.y)], straal: Math.max(beste.d, 0) };
}

/** A square cell of the pole search: centre, half size, distance to the edge, best possible distance. */
interface Cel {
  x: number;
  y: number;
  h: number;
  d: number;
  max: number;
}

/** The polygons of a boundary, each as its rings. */
function polygonen(g: Wijkgrens['geometrie']): Positie[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Lines (or rings) of a project geometry; a point is one line of one position. */
function lijnen(g: Geometrie): Positie[][] {
  switch (g.type) {
    case 'Point':
      return [[g.coordinates]];
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
  }
}

/** Drawn first (below): areas, then lines, then points; alphabetical within each. */
const laag = (g: Geometrie): number => (g.type === 'Polygon' ? 0 : g.type === 'Point' ? 2 : 1);

/** Points along lines, at most `stap` units apart: the obstacles a label avoids. */
function langs(delen: readonly Positie[][], stap = 3): Positie[] {
  return delen.flatMap((d) =>
    d.flatMap((p, i) => {
      const q = d[i + 1];
      if (!q) return [p];
      const n = Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1]) / stap);
      return Array.from({ length: Math.max(n, 1) }, (_, k): Positie => [
        p[0] + ((q[0] - p[0]) * k) / n,
        p[1] + ((q[1] - p[1]) * k) / n,
      ]);
    }),
  );
}

interface Vak {
  x: number;
  y: number;
  /** Half width and half height. */
  bx: number;
  by: number;
}
const puntTotVak = (p: Positie, v: Vak): number =>
  Math.hypot(Math.max(Math.abs(p[0] - v.x) - v.bx, 0), Math.max(Math.abs(p[1] - v.y) - v.by, 0));
const vakTotVak = (a: Vak, b: Vak): number =>
  Math.hypot(Math.max(Math.abs(a.x - b.x) - a.bx - b.bx, 0), Math.max(Math.abs(a.y - b.y) - a.by - b.by, 0));

/**
 * Where a wijk's name goes: of the places on a grid over the wijk (and its pole of
 * inaccessibility), the one where the label lies inside the wijk, far from its edge and from the
 * projects (`obstakels`), and not on a name placed before (`bezet`); one line, or two for a
 * multi-word name when that fits better. The label's centre is always inside the wijk; where the
 * wijk is too small for the whole name, it sticks out as little as possible (`past`: it does not).
 */
function labelPlek(
  ringen: readonly Positie[][],
  naam: string,
  obstakels: readonly Positie[],
  bezet: readonly Vak[],
): { punt: Positie; regels: string[]; vak: Vak; past: boolean } {
  const pool = poolVanOntoegankelijkheid(ringen).punt;
  const woorden = naam.split(' ');
  const varianten = [[naam]];
  if (woorden.length > 1) {
    const midden = Math.ceil(woorden.length / 2);
    varianten.push([woorden.slice(0, midden).join(' '), woorden.slice(midden).join(' ')]);
  }
  const xs = ringen.flat().map((p) => p[0]);
  const ys = ringen.flat().map((p) => p[1]);
  const [minX, minY, maxX, maxY] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const stap = Math.max(2, Math.min(maxX - minX, maxY - minY) / 10);
  const kandidaten: Positie[] = [pool];
  for (let x = minX + stap / 2; x < maxX; x += stap)
    for (let y = minY + stap / 2; y < maxY; y += stap) kandidaten.push([x, y]);
  let beste: { punt: Positie; regels: string[]; vak: Vak; score: number; binnen: number } | undefined;
  for (const regels of varianten) {
    const bx = (Math.max(...regels.map((r) => r.length)) * tekenBreedte * labelGrootte) / 2;
    const by = (regels.length * 1.15 * labelGrootte) / 2;
    for (const [x, y] of kandidaten) {
      if (randAfstand([x, y], ringen) <= 0) continue;
      const vak: Vak = { x, y, bx, by };
      const proef: Positie[] = [-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j): Positie => [x + i * bx, y + j * by]));
      // Positive: the whole label lies inside, this far from the edge; negative: it sticks out.
      const binnen = Math.min(...proef.map((p) => randAfstand(p, ringen)));
      const vrij = Math.min(...obstakels.map((o) => puntTotVak(o, vak) - 4), Infinity);
      const overlapt = bezet.some((b) => vakTotVak(b, vak) === 0);
      const score =
        (binnen < 0 ? 2 * binnen : Math.min(binnen, 12)) +
        Math.min(vrij, 12) -
        (overlapt ? 100 : 0) -
        // A small penalty for two lines: one line reads better when both fit equally well.
        (regels.length - 1) * 3;
      if (!beste || score > beste.score) beste = { punt: [r1(x), r1(y)], regels, vak, score, binnen };
    }
  }
  if (beste) return { punt: beste.punt, regels: beste.regels, vak: beste.vak, past: beste.binnen > 0 };
  const bx = (naam.length * tekenBreedte * labelGrootte) / 2;
  return { punt: pool, regels: [naam], vak: { x: pool[0], y: pool[1], bx, by: labelGrootte / 2 }, past: false };
}

/** What the static map draws, in viewBox units. */
export function svgKaart(data: KaartData, breedte = 400): SvgKaartModel {
  const { naar, hoogte } = projectie(data.omvang, breedte);
  const projecten = data.projecten.features
    .map((f) => ({
      eigenschappen: f.properties,
      geometrie: f.geometry,
      delen: lijnen(f.geometry).map((l) => (l.length > 1 ? vereenvoudig(l.map(naar), 0.2) : l.map(naar))),
      anker: naar(f.properties.anker),
    }))
    .sort((a, b) => laag(a.geometrie) - laag(b.geometrie));
  const obstakels = projecten.flatMap((p) => [...langs(p.delen), p.anker]);
  const wijken = data.grenzen.features.flatMap((f) => {
    // Each polygon clipped to the view; the largest visible part carries the name.
    const delen = polygonen(f.geometry)
      .map((poly) =>
        poly.map((ring) => vereenvoudig(knipRing(ring.map(naar), breedte, hoogte))).filter((ring) => ring.length >= 4),
      )
      .filter((poly) => poly.length > 0);
    if (delen.length === 0) return [];
    const grootste = delen
      .map((poly) => ({ poly, straal: poolVanOntoegankelijkheid(poly).straal }))
      .reduce((a, b) => (b.straal > a.straal ? b : a));
    return [{ ...f.properties, ringen: delen.flat(), grootste: grootste.poly, straal: grootste.straal }];
  });
  // The map's own wijken are named first, then the neighbours with the most room.
  const volgorde = wijken.toSorted((a, b) => Number(b.actief) - Number(a.actief) || b.straal - a.straal);
  const bezet: Vak[] = [];
  const labels = new Map<string, SvgWijk['label']>();
  for (const w of volgorde) {
    const plek = labelPlek(w.grootste, w.naam, obstakels, bezet);
    // A neighbour is named only where its whole name fits in the view.
    if (!plek.past && !w.actief) continue;
    bezet.push(plek.vak);
    labels.set(w.wijk, { punt: plek.punt, regels: plek.regels });
  }
  return {
    breedte,
    hoogte,
    wijken: wijken.map(({ wijk, naam, actief, ringen }) => {
      const label = labels.get(wijk);
      return { wijk, naam, actief, ringen, ...(label ? { label } : {}) };
    }),
    projecten,
  };
}

const xml = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const pad = (delen: readonly Positie[][], sluit: boolean): string =>
  delen.map((d) => `M${d.map((p) => `${p[0]} ${p[1]}`).join('L')}${sluit ? 'Z' : ''}`).join('');

/** The dash pattern of a type in viewBox units for a line `breed` wide (as the legend and MapLibre). */
const streepVoor = (streep: readonly number[], breed: number): string =>
  streep.length > 0 ? ` stroke-dasharray="${streep.map((s) => s * breed).join(' ')}"` : '';

/** The name of a project link: its title and type, as on the interactive map's markers. */
export const projectNaam = (p: ProjectEigenschappen): string => `${p.titel} (${p.typeNaam})`;

function projectSvg({ eigenschappen: p, geometrie, delen, anker }: SvgProject): string {
  const { kleur, streep } = typeStijl[p.type];
  const naam = xml(projectNaam(p));
  const vorm =
    geometrie.type === 'Point'
      ? ''
      : geometrie.type === 'Polygon'
        ? `<path d="${pad(delen, true)}" fill="${kleur}" fill-opacity="0.15" stroke="${kleur}" stroke-width="3"${streepVoor(streep, 3)}/>`
        : `<path d="${pad(delen, false)}" fill="none" stroke="${kleur}" stroke-width="4"${streepVoor(streep, 4)}/>`;
  const punt = `<circle cx="${anker[0]}" cy="${anker[1]}" r="6" fill="#fff" stroke="${kleur}" stroke-width="4"/>`;
  return `<a href="${xml(p.url)}" aria-label="${naam}" data-project="${xml(p.slug)}"><title>${naam}</title>${vorm}${punt}</a>`;
}

/** The static map as SVG markup (inline in the page). */
export function kaartSvg(data: KaartData, opties: SvgOpties): string {
  const m = svgKaart(data, opties.breedte);
  const id = xml(opties.id);
  const grenzen = m.wijken
    .map(
      (w) =>
        `<path d="${pad(w.ringen, true)}"${w.actief ? ' fill="#fff"' : ''} fill-rule="evenodd" data-wijk="${xml(w.wijk)}"/>`,
    )
    .join('');
  const labels = m.wijken
    .flatMap(({ label, actief }) => {
      if (!label) return [];
      const [x, y] = label.punt;
      const regels =
        label.regels.length === 1
          ? xml(label.regels[0]!)
          : label.regels
              .map(
                (r, i) =>
                  `<tspan x="${x}" dy="${i === 0 ? '-0.55em' : '1.1em'}">${xml(r)}${i === 0 ? ' ' : ''}</tspan>`,
              )
              .join('');
      return [`<text x="${x}" y="${y}"${actief ? '' : ' fill="#5a5a5a"'}>${regels}</text>`];
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${m.breedte} ${m.hoogte}" class="vs-kaartsvg${opties.klein ? ' vs-kaartsvg--klein' : ''}" role="group" aria-labelledby="${id}-titel" aria-describedby="${id}-uitleg">` +
    `<title id="${id}-titel">${xml(opties.titel)}</title><desc id="${id}-uitleg">${xml(opties.beschrijving)}</desc>` +
    `<rect width="${m.breedte}" height="${m.hoogte}" fill="${kaartAchtergrond}"/>` +
    `<g fill="none" stroke="${grensKleur}" stroke-width="1.5" stroke-dasharray="6 3">${grenzen}</g>` +
    `<g>${m.projecten.map(projectSvg).join('')}</g>` +
    `<g font-size="${labelGrootte}" font-weight="700" text-anchor="middle" dominant-baseline="central" fill="#1a1a1a" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" pointer-events="none">${labels}</g>` +
    `</svg>`
  );
}
