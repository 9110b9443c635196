/**
 * The text of the letter that invites residents to a survey, shared by the printable page
 * (/enquetes/<slug>/brief/) and the letters PDF (`npm run brieven`), so both say the same.
 * Pure: takes the survey, the open points it asks about and the page's full address.
 */
import { contactroutes } from '../domain/contactroutes.ts';
import type { Enquete, Kaderpunt } from '../domain/schemas.ts';
import { datumLang, tijd } from '../domain/tijd.ts';

export interface BriefInhoud {
  titel: string;
  aanhef: string;
  /** Paragraphs before the list of open points. */
  inleiding: string[];
  /** What residents can still influence (the survey's open points), may be empty. */
  open: string[];
  /** When the survey is open, in a sentence. */
  wanneer: string;
  /** How to take part: the address (also as QR code) and, with letter codes, the code. */
  meedoen: string;
  url: string;
  /** Help by phone: the servicepunt's number (src/domain/contactroutes.ts), a tel: link on the page. */
  hulp: { voor: string; telefoon: string; na: string };
  afsluiting: string[];
}

/** The servicepunt's number as residents read it ("14 071"). */
const servicepuntTelefoon = contactroutes.find((r) => r.id === 'servicepunt')?.telefoon ?? '14 071';

/** The help sentence as plain text (for the PDF). */
export const hulpTekst = (b: BriefInhoud): string => `${b.hulp.voor}${b.hulp.telefoon}${b.hulp.na}`;

export function briefInhoud(enquete: Enquete, open: readonly Kaderpunt[], url: string): BriefInhoud {
  const sluit = enquete.sluit.moment;
  return {
    titel: enquete.titel,
    aanhef: 'Beste bewoner,',
    inleiding: ['De gemeente Voorschoten wil graag weten wat u vindt. Daarom krijgt u deze brief.', enquete.intro],
    open: open.map((p) => p.tekst),
    wanneer: `U kunt meedoen van ${datumLang(enquete.opent.moment)} tot ${datumLang(sluit)}, ${tijd(sluit)} uur.`,
    meedoen: enquete.lettercode
      ? 'Ga naar het adres hieronder of scan de QR-code met uw telefoon. Vul daar de code van deze brief in. Elke code werkt één keer, dus één keer per adres.'
      : 'Ga naar het adres hieronder of scan de QR-code met uw telefoon.',
    url,
    hulp: {
      voor: 'Lukt het niet online? Bel het Servicepunt van de gemeente: ',
      telefoon: servicepuntTelefoon,
      na: '. Wij helpen u graag.',
    },
    afsluiting: ['Met vriendelijke groet,', 'Gemeente Voorschoten, coördinator wijkgericht werken'],
  };
}
