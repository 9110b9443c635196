/**
 * Distances between GeoJSON geometries in metres, for "does this project touch this street?".
 * WGS84 [lengtegraad, breedtegraad] is projected onto a flat plane around the geometries
 * (equirectangular): over a few kilometres, as in Voorschoten, the error is far below a metre.
 *
 * Pure: no I/O.
 */
import type { Positie } from './straat.ts';

/** The geometries of projects and streets (GeoJSON, RFC 7946). */
export type Geo =
  | { type: 'Point'; coordinates: Positie }
  | { type: 'LineString'; coordinates: Positie[] }
  | { type: 'MultiLineString'; coordinates: Positie[][] }
  | { type: 'Polygon'; coordinates: Positie[][] }
  | { type: 'MultiPolygon'; coordinates: Positie[][][] };

type Punt = readonly [number, number];

/** Metres per degree of latitude (mean, WGS84). */
const meterPerGraad = 111_320;

/** Lines (a point is a line of one point) and areas (outer ring, then holes), in degrees. */
function delen(g: Geo): { lijnen: Positie[][]; vlakken: Positie[][][] } {
  switch (g.type) {
    case 'Point':
      return { lijnen: [[g.coordinates]], vlakken: [] };
    case 'LineString':
      return { lijnen: [g.coordinates], vlakken: [] };
    case 'MultiLineString':
      return { lijnen: g.coordinates, vlakken: [] };
    case 'Polygon':
      return { lijnen: g.coordinates, vlakken: [g.coordinates] };
    case 'MultiPolygon':
      return { lijnen: g.coordinates.flat(), vlakken: g.coordinates };
  }
}

function inRing([x, y]: Punt, ring: readonly Punt[]): boolean {
  let binnen = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) binnen = !binnen;
  }
  return binnen;
}

function inVlak(p: Punt, vlak: readonly (readonly Punt[])[]): boolean {
  const [buiten, ...gaten] = vlak;
  return buiten !== undefined && inRing(p, buiten) && !gaten.some((g) => inRing(p, g));
}

function puntTotSegment(p: Punt, a: Punt, b: Punt): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const lengte2 = dx * dx + dy * dy;
  const t = lengte2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengte2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function kruis(o: Punt, a: Punt, b: Punt): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function snijden(a: Punt, b: Punt, c: Punt, d: Punt): boolean {
  const [d1, d2, d3, d4] = [kruis(c, d, a), kruis(c, d, b), kruis(a, b, c), kruis(a, b, d)];
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

function segmentTotSegment(a: Punt, b: Punt, c: Punt, d: Punt): number {
  if (snijden(a, b, c, d)) return 0;
  return Math.min(puntTotSegment(a, c, d), puntTotSegment(b, c, d), puntTotSegment(c, a, b), puntTotSegment(d, a, b));
}

/** The segments of a line; a line of one point is one segment of length zero. */
function segmenten(lijn: readonly Punt[]): [Punt, Punt][] {
  if (lijn.length === 1) return [[lijn[0]!, lijn[0]!]];
  return lijn.slice(1).map((p, i) => [lijn[i]!, p]);
}

/**
 * The shortest distance in metres between two geometries; 0 when they touch or cross, or when
 * one lies (partly) inside an area of the other.
 */
export function afstandInMeters(a: Geo, b: Geo): number {
  const [da, db] = [delen(a), delen(b)];
  const alle = [...da.lijnen, ...db.lijnen].flat();
  if (alle.length === 0) return Number.POSITIVE_INFINITY;
  const midden = alle.reduce((s, [, lat]) => s + lat, 0) / alle.length;
  const schaalX = meterPerGraad * Math.cos((midden * Math.PI) / 180);
  const plat = (p: Positie): Punt => [p[0] * schaalX, p[1] * meterPerGraad];
  const pa = { lijnen: da.lijnen.map((l) => l.map(plat)), vlakken: da.vlakken.map((v) => v.map((r) => r.map(plat))) };
  const pb = { lijnen: db.lijnen.map((l) => l.map(plat)), vlakken: db.vlakken.map((v) => v.map((r) => r.map(plat))) };

  const binnen = (van: typeof pa, in_: typeof pb): boolean =>
    van.lijnen.some((l) => l.some((p) => in_.vlakken.some((v) => inVlak(p, v))));
  if (binnen(pa, pb) || binnen(pb, pa)) return 0;

  const sa = pa.lijnen.flatMap(segmenten);
  const sb = pb.lijnen.flatMap(segmenten);
  let kleinste = Number.POSITIVE_INFINITY;
  for (const [p, q] of sa) {
    for (const [r, s] of sb) {
      kleinste = Math.min(kleinste, segmentTotSegment(p, q, r, s));
      if (kleinste === 0) return 0;
    }
  }
  return kleinste;
}

/** Whether two geometries lie within `meters` of each other. */
export function binnenAfstand(a: Geo, b: Geo, meters: number): boolean {
  return afstandInMeters(a, b) <= meters;
}
