/**
 * The conversation cadence: the municipality talks with every wijk at least once every
 * N years (instellingen.gesprekIntervalJaren). Takes "now" so it is testable.
 */
import { instellingen } from './instellingen.ts';
import type { Gesprek } from './schemas.ts';
import { beginVanDag, eindVanDag, minMaanden, plusJaren } from './tijd.ts';

export type CadansStatus = 'op-tijd' | 'binnenkort' | 'te-laat' | 'nog-nooit';

export interface Cadans {
  laatste?: Gesprek;
  /** When the next conversation is due at the latest; absent when there never was one. */
  volgende?: Date;
  status: CadansStatus;
}

export interface CadansOpties {
  intervalJaren?: number;
  binnenkortMaanden?: number;
}

export function cadans(gesprekken: readonly Gesprek[], nu: Date, opties: CadansOpties = {}): Cadans {
  const intervalJaren = opties.intervalJaren ?? instellingen.gesprekIntervalJaren;
  const binnenkortMaanden = opties.binnenkortMaanden ?? instellingen.gesprekBinnenkortMaanden;
  // Only conversations that took place count (from 00:00 Dutch time on their day); planned ones are avonden.
  const gehouden = gesprekken.filter((g) => beginVanDag(g.datum).getTime() <= nu.getTime());
  const laatste = gehouden.reduce<Gesprek | undefined>(
    (a, g) => (!a || g.datum.getTime() > a.datum.getTime() ? g : a),
    undefined,
  );
  if (!laatste) return { status: 'nog-nooit' };
  const volgende = plusJaren(laatste.datum, intervalJaren);
  let status: CadansStatus = 'op-tijd';
  if (nu.getTime() > eindVanDag(volgende).getTime()) status = 'te-laat';
  else if (nu.getTime() >= beginVanDag(minMaanden(volgende, binnenkortMaanden)).getTime()) status = 'binnenkort';
  return { laatste, volgende, status };
}

export const cadansTekst: Record<CadansStatus, string> = {
  'op-tijd': 'Op tijd',
  binnenkort: 'Binnenkort weer aan de beurt',
  'te-laat': 'Te laat: het gesprek had al moeten plaatsvinden',
  'nog-nooit': 'Nog geen gesprek gehouden',
};
