/** Which phase of a project is current. Takes "now" so it is testable. */
import type { Fase } from './schemas.ts';
import { beginVanDag, eindVanDag } from './tijd.ts';

export type FaseStatus = 'afgerond' | 'bezig' | 'gepland';

/** A phase runs from 00:00 on its start date until the end of its end date, in Dutch time. */
export function faseStatus(fase: Fase, nu: Date): FaseStatus {
  if (nu.getTime() < beginVanDag(fase.start).getTime()) return 'gepland';
  if (nu.getTime() > eindVanDag(fase.eind).getTime()) return 'afgerond';
  return 'bezig';
}

/** The current phase; between two phases the next one; after the last, undefined. */
export function huidigeFase(fasen: readonly Fase[], nu: Date): Fase | undefined {
  const gesorteerd = [...fasen].sort((a, b) => a.start.getTime() - b.start.getTime());
  return (
    gesorteerd.find((f) => faseStatus(f, nu) === 'bezig') ?? gesorteerd.find((f) => faseStatus(f, nu) === 'gepland')
  );
}

export function projectAfgerond(fasen: readonly Fase[], nu: Date): boolean {
  return fasen.every((f) => faseStatus(f, nu) === 'afgerond');
}

/** Date of the first phase that is not finished, for ordering "what happens soonest". */
export function eerstvolgendMoment(fasen: readonly Fase[], nu: Date): number {
  const f = huidigeFase(fasen, nu);
  return f ? Math.max(f.start.getTime(), nu.getTime()) : Number.POSITIVE_INFINITY;
}
