/**
 * Colours and line styles of the maps, shared by the legend (SVG in the HTML) and the map layers
 * (src/scripts/kaart.ts). No imports with side effects: the browser bundle stays free of zod.
 */
import type { Projecttype } from '../domain/schemas.ts';

/** The map's own background when no basemap is shown (or it cannot be loaded). */
export const kaartAchtergrond = '#f4f3ee';

/**
 * Colour and line style per project type. Every colour has at least 4.5:1 contrast against
 * `kaartAchtergrond` (WCAG 1.4.11 asks 3:1 for graphics); the dash pattern is a second cue.
 */
export const typeStijl: Record<Projecttype, { kleur: string; streep: number[] }> = {
  riool: { kleur: '#1d5c9e', streep: [] },
  '30-km-zone': { kleur: '#b3261e', streep: [2, 1] },
  speelplek: { kleur: '#6f3a96', streep: [] },
  herinrichting: { kleur: '#8a5200', streep: [1, 1] },
  groen: { kleur: '#2a6b2e', streep: [3, 1, 1, 1] },
  sociaal: { kleur: '#a3174f', streep: [] },
};

/** Boundary line of the wijken. */
export const grensKleur = '#5a5a5a';
