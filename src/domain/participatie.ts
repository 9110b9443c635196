/**
 * The participatieladder of the policy note (section 7.1): six rungs, lowest first.
 * Voorschoten works on the first two (informeren, raadplegen); advisory groups on the third.
 */
export const treden = ['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer'] as const;

export type Trede = (typeof treden)[number];

/** The rungs Voorschoten uses. A project or survey may not promise more than these. */
export const tredenVoorschoten = ['informeren', 'raadplegen', 'adviseren'] as const satisfies readonly Trede[];
export type TredeVoorschoten = (typeof tredenVoorschoten)[number];

export interface TredeUitleg {
  trede: Trede;
  nummer: number;
  naam: string;
  /** What the note says, in plain Dutch (B1). */
  watIsHet: string;
  /** What this means for a resident. */
  voorU: string;
  /** Whether Voorschoten uses this rung, and how. */
  inVoorschoten: 'ja' | 'adviesgroepen' | 'nee';
}

export const ladder: readonly TredeUitleg[] = [
  {
    trede: 'informeren',
    nummer: 1,
    naam: 'Informeren',
    watIsHet:
      'De gemeente vertelt wat er in uw buurt of wijk gaat gebeuren. De informatie gaat één kant op: van de gemeente naar u.',
    voorU: 'U hoort op tijd wat er gebeurt, wanneer en waarom. U kunt vragen stellen, maar het plan ligt vast.',
    inVoorschoten: 'ja',
  },
  {
    trede: 'raadplegen',
    nummer: 2,
    naam: 'Raadplegen',
    watIsHet: 'De gemeente vraagt wat u vindt van een plan of van uw buurt. U kunt uw mening, wensen en ideeën geven.',
    voorU:
      'Uw mening kan het plan beïnvloeden, maar de gemeente hoeft het plan niet aan te passen. Wij vertellen achteraf wat we met uw mening hebben gedaan, en wat niet.',
    inVoorschoten: 'ja',
  },
  {
    trede: 'adviseren',
    nummer: 3,
    naam: 'Adviseren',
    watIsHet:
      'Bewoners geven een officieel advies over een voorstel. Het bestuur hoort dat advies voordat het beslist.',
    voorU:
      'In Voorschoten gebeurt dit in adviesgroepen, zoals de werkgroep toegankelijkheid en de Centrale Adviesraad WMO. Het bestuur beslist daarna zelf.',
    inVoorschoten: 'adviesgroepen',
  },
  {
    trede: 'coproduceren',
    nummer: 4,
    naam: 'Coproduceren',
    watIsHet: 'Bewoners maken samen met de gemeente en partners de plannen. Iedereen is gelijkwaardig.',
    voorU: 'Wij beloven dit dus ook niet.',
    inVoorschoten: 'nee',
  },
  {
    trede: 'meebeslissen',
    nummer: 5,
    naam: 'Meebeslissen',
    watIsHet: 'Bewoners beslissen mee. Het bestuur neemt de keuze van bewoners vooraf over.',
    voorU: 'De gemeenteraad en het college beslissen.',
    inVoorschoten: 'nee',
  },
  {
    trede: 'zelfbeheer',
    nummer: 6,
    naam: 'Zelfbeheer',
    watIsHet: 'Bewoners beheren zelf (een deel van) de openbare ruimte en maken zelf de plannen voor hun wijk.',
    voorU: 'U kunt wel meedoen met bijvoorbeeld een opruimactie in uw buurt.',
    inVoorschoten: 'nee',
  },
];

export function uitlegVoor(trede: Trede): TredeUitleg {
  const gevonden = ladder.find((t) => t.trede === trede);
  if (!gevonden) throw new Error(`Onbekende trede: ${trede}`);
  return gevonden;
}
