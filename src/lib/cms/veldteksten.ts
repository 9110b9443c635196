/**
 * Dutch labels, hints and relations for the CMS forms, per collection (see src/lib/cms/velden.ts).
 * Paths leave out list indexes ("invloed.open.tekst"); "vragen:keuze" names a variant of a typed
 * list. A label in `gedeeld` serves every field with that name unless a collection says otherwise.
 * Enum values get their Dutch names from the maps next to the schemas, so a select shows the same
 * words as the site.
 */
import { actieStatusNamen, gelegenheidNamen, termijnNamen } from '../../domain/actie.ts';
import { nieuwsSoortNamen } from '../../domain/nieuws.ts';
import { ladder, tredenVoorschoten } from '../../domain/participatie.ts';
import {
  berichtSoorten,
  contactRolNamen,
  gespreksvormNamen,
  postcodegebieden,
  projecttypeNamen,
} from '../../domain/schemas.ts';
import type { Veldtekst, Veldteksten } from './velden.ts';

import type { CmsCollectie } from './instellingen.ts';
export { cmsCollecties, type CmsCollectie } from './instellingen.ts';

const relatie = {
  wijk: {
    widget: 'relation',
    collection: 'wijken',
    value_field: 'slug',
    display_fields: ['naam'],
    search_fields: ['naam'],
  },
  project: {
    widget: 'relation',
    collection: 'projecten',
    value_field: 'slug',
    display_fields: ['titel'],
    search_fields: ['titel'],
  },
  avond: {
    widget: 'relation',
    collection: 'avonden',
    value_field: 'slug',
    display_fields: ['titel'],
    search_fields: ['titel'],
  },
  bericht: {
    widget: 'relation',
    collection: 'berichten',
    value_field: '{{slug}}',
    display_fields: ['titel'],
    search_fields: ['titel'],
  },
  /** An open point of a project's kader (what residents can say something about). */
  openPunt: {
    widget: 'relation',
    collection: 'projecten',
    value_field: 'invloed.open.*.id',
    display_fields: ['invloed.open.*.tekst'],
    search_fields: ['invloed.open.*.tekst'],
    // Only the points of the project chosen in this entry (ids are unique per project only).
    filters: [{ field: 'slug', values: ['{{fields.project}}'] }],
  },
} as const;

const straatnamenHint = 'Eén straatnaam per regel, gespeld als in de stratenlijst (bijvoorbeeld Bachlaan).';

const gedeeld: Record<string, Veldtekst> = {
  bron: {
    label: 'Bron',
    hint: 'Kadernota: het staat in de kadernota wijkgericht werken. Voorbeeld: verzonnen voorbeeldgegevens; de site zegt dat erbij.',
  },
  slug: {
    label: 'Adres op de site (slug)',
    hint: 'Kleine letters, cijfers en streepjes. Verander dit niet meer als de pagina eenmaal online staat.',
  },
  naam: 'Naam',
  titel: 'Titel',
  samenvatting: { label: 'Samenvatting', hint: 'Eén zin voor lijsten, hoogstens 200 tekens.' },
  label: 'Omschrijving',
  waarde: { label: 'Waarde', hint: 'Een getal of een korte tekst.' },
  eenheid: { label: 'Eenheid', hint: 'Bijvoorbeeld %, jaar of woningen. Mag leeg blijven.' },
  id: { label: 'Korte naam (id)', hint: 'Kleine letters en streepjes; andere bestanden verwijzen hiernaar.' },
  tekst: 'Tekst',
  onderwerp: 'Onderwerp',
  datum: 'Datum',
  wie: 'Wie',
  wanneer: 'Wanneer',
  rol: 'Rol',
  organisatie: 'Organisatie',
  email: 'E-mailadres',
  telefoon: { label: 'Telefoonnummer', hint: 'Bijvoorbeeld 071 560 06 00 of 14 071.' },
  vorm: 'Soort gesprek',
  contact: 'Contactpersoon',
  wijken: { ...relatie.wijk, label: 'Wijken' },
  project: { ...relatie.project, label: 'Project' },
  projecten: { ...relatie.project, label: 'Projecten' },
  straten: { label: 'Straten', label_singular: 'straat', hint: straatnamenHint },
};

const velden: Record<CmsCollectie, Record<string, Veldtekst>> = {
  wijken: {
    postcodegebied: 'Postcodegebied',
    'postcodegebied.code': 'Postcode (4 cijfers)',
    aandachtsgebied: { label: 'Aandachtsgebied (pilot)', hint: 'Alleen Vlietwijk en Noord Hofland (kadernota 6.2).' },
    kerncijfers: 'Kerncijfers (wijkanalyse)',
    'kerncijfers.peiljaar': 'Peiljaar',
    'kerncijfers.wonen': 'Wonen',
    'kerncijfers.openbareRuimte': 'Openbare ruimte',
    'kerncijfers.veiligheid': 'Veiligheid',
    'kerncijfers.voorzieningen': 'Voorzieningen',
    'kerncijfers.socialeCohesie': 'Sociale cohesie',
    'kerncijfers.demografie': 'Demografie',
    contacten: { label: 'Contactpersonen', label_singular: 'contactpersoon' },
    'contacten.naam': { label: 'Naam', hint: 'Mag leeg blijven; dan staat alleen de rol en organisatie op de site.' },
    gesprekken: {
      label: 'Gesprekken met de wijk',
      label_singular: 'gesprek',
      hint: 'Elke wijk minstens één keer in de vier jaar (kadernota). Hieruit telt de site wanneer het volgende gesprek moet.',
    },
    'gesprekken.avond': {
      ...relatie.avond,
      label: 'Informatieavond',
      hint: 'Alleen als het gesprek op een avond van deze site was.',
    },
    pilot: 'Pilot (alleen aandachtsgebieden)',
    'pilot.doel': 'Doel',
    'pilot.gebied': 'Gebied',
    'pilot.werkgroepen': { label: 'Werkgroepen', label_singular: 'werkgroep', hint: 'Eén werkgroep per regel.' },
    'pilot.planVanAanpak': 'Plan van aanpak',
    'pilot.partners': { label: 'Partners', label_singular: 'partner', hint: 'Eén partner per regel.' },
  },
  projecten: {
    type: 'Soort project',
    fasen: {
      label: 'Fasen',
      label_singular: 'fase',
      hint: 'Op volgorde; de site laat zien in welke fase het project nu is.',
    },
    'fasen.start': 'Begint op',
    'fasen.eind': 'Eindigt op',
    geometrie: 'Plek op de kaart (GeoJSON)',
    invloed: {
      label: 'Invloedskaart',
      hint: 'Wat ligt vast, wat is open, wie besluit en wanneer. Bewoners zien dit voordat zij meedoen.',
    },
    'invloed.trede': {
      label: 'Trede van de participatieladder',
      hint: 'Voorschoten werkt tot en met adviseren (kadernota 7.1).',
    },
    'invloed.vast': { label: 'Dit ligt vast', label_singular: 'punt dat vastligt' },
    'invloed.open': {
      label: 'Hierover kunt u meepraten',
      label_singular: 'open punt',
      hint: 'Bij "informeren" leeg laten; bij raadplegen en adviseren minstens één punt.',
    },
    'invloed.besluit': 'Besluit',
    'invloed.besluit.wie': 'Wie besluit',
    'invloed.besluit.wanneer': 'Wanneer',
    'invloed.metInbreng': { label: 'Wat er met de inbreng gebeurt', widget: 'text' },
  },
  avonden: {
    start: 'Begint op',
    eind: 'Eindigt op',
    locatie: 'Locatie',
    'locatie.adres': 'Adres',
    'locatie.toegankelijkheid': {
      label: 'Toegankelijkheid',
      label_singular: 'zin over toegankelijkheid',
      hint: 'Eén zin per regel, bijvoorbeeld: De ingang heeft geen drempel.',
    },
    capaciteit: { label: 'Aantal plaatsen', hint: 'Daarna komen aanmeldingen op de wachtlijst.' },
    aanmelding: 'Aanmelden',
    'aanmelding.opent': 'Aanmelden kan vanaf',
    'aanmelding.sluit': 'Aanmelden kan tot',
    onderwerpen: {
      ...relatie.openPunt,
      label: 'Onderwerpen (open punten van het project)',
      hint: 'Kies eerst het project hierboven; hier staan dan de punten waarover bewoners kunnen meepraten. Kiest u een ander project, kies dan ook de onderwerpen opnieuw.',
    },
    geannuleerd: {
      label: 'Gaat niet door',
      hint: 'Alleen invullen als de avond niet doorgaat. Verwijder de avond niet.',
    },
    'geannuleerd.reden': { label: 'Waarom niet', widget: 'text' },
    wijziging: {
      label: 'Wijziging',
      widget: 'text',
      hint: 'Eén zin als datum, tijd of plaats veranderde, bijvoorbeeld: De avond is verplaatst naar donderdag 18 maart. Deelnemers krijgen een e-mail.',
    },
    verslag: {
      label: 'Verslag',
      widget: 'text',
      hint: 'Na de avond: wat er gevraagd is en wat er nu gebeurt. Deelnemers krijgen het één keer per e-mail.',
    },
  },
  enquetes: {
    opent: 'Open vanaf',
    sluit: 'Open tot',
    trede: 'Trede van de participatieladder',
    intro: { label: 'Inleiding', widget: 'text' },
    vragen: { label: 'Vragen', label_singular: 'vraag' },
    'vragen:keuze': 'Eén keuze',
    'vragen:meerkeuze': 'Meer keuzes',
    'vragen:schaal': 'Schaal van 1 tot 5',
    'vragen:janee': 'Ja of nee',
    'vragen:tekst': 'Open vraag',
    'vragen.vraag': 'Vraag',
    'vragen.toelichting': 'Toelichting',
    'vragen.onderwerp': {
      ...relatie.openPunt,
      label: 'Over welk open punt gaat de vraag?',
      hint: 'Eén van de open punten van het project van deze enquête.',
    },
    'vragen.verplicht': 'Verplicht',
    'vragen.opties': { label: 'Antwoorden', label_singular: 'antwoord' },
    'vragen.opties.waarde': { label: 'Korte naam (id)', hint: 'Kleine letters en streepjes.' },
    'vragen.opties.label': 'Antwoord zoals bewoners het zien',
    'vragen.maximum': 'Hoeveel keuzes hoogstens',
    'vragen.labels': 'Woorden bij de schaal',
    'vragen.labels.laag': 'Bij 1',
    'vragen.labels.hoog': 'Bij 5',
    'vragen.maxLengte': 'Hoogstens zoveel tekens',
    lettercode: { label: 'Met lettercode', hint: 'Bewoners hebben een code uit de brief nodig (npm run brieven).' },
    watWeHoorden: { label: 'Wat we hoorden', widget: 'text' },
    watWeErmeeDoen: { label: 'Wat we ermee doen', widget: 'text' },
    watNiet: { label: 'Wat we niet doen, en waarom', widget: 'text' },
  },
  berichten: {
    datum: 'Datum van het bericht',
    soort: 'Soort bericht',
    wijken: { ...relatie.wijk, label: 'Wijken', hint: 'Leeg laten: de wijken van de projecten.' },
    straten: {
      label: 'Straten',
      label_singular: 'straat',
      hint: `${straatnamenHint} Leeg laten: de straten van de projecten.`,
    },
    van: {
      label: 'Hinder vanaf',
      hint: 'Verplicht bij soort Hinder, anders leeg laten: een dag (2027-03-15) of dag en tijd (2027-03-15T07:00).',
    },
    tot: {
      label: 'Hinder tot en met',
      hint: 'Verplicht bij soort Hinder, anders leeg laten: een dag (2027-03-15) of dag en tijd (2027-03-15T17:00).',
    },
  },
  acties: {
    wijk: { ...relatie.wijk, label: 'Wijk' },
    gelegenheid: 'Waar de actielijst vandaan komt',
    'gelegenheid.vorm': 'Soort gesprek',
    volgendeSchouw: 'Volgende wijkschouw',
    punten: { label: 'Actiepunten', label_singular: 'actiepunt' },
    'punten.wat': 'Wat',
    'punten.straat': { label: 'Straat (slug)', hint: 'Bijvoorbeeld bachlaan, als in het adres van de straatpagina.' },
    'punten.termijn': 'Termijn',
    'punten.status': 'Status',
    'punten.sinds': 'Status sinds',
    'punten.klaar': { label: 'Klaar op', hint: 'Verplicht bij status klaar.' },
    'punten.reden': { label: 'Reden', widget: 'text', hint: 'Verplicht bij status "doen we niet".' },
    'punten.kosten': { label: 'Kosten (hele euro)', hint: 'Uit het werkbudget van € 5.000.' },
    'punten.budgetjaar': { label: 'Budgetjaar', hint: 'Leeg laten: het jaar van klaar, anders van sinds.' },
    'punten.project': { ...relatie.project, label: 'Project' },
    'punten.bericht': { ...relatie.bericht, label: 'Bericht' },
  },
};

const bronNamen = { kadernota: 'Kadernota', voorbeeld: 'Voorbeeld (verzonnen)' };
const tredeNamen = Object.fromEntries(
  ladder.filter((t) => (tredenVoorschoten as readonly string[]).includes(t.trede)).map((t) => [t.trede, t.naam]),
);
const soortNamen = Object.fromEntries(berichtSoorten.map((s) => [s, nieuwsSoortNamen[s]]));

/** The table for one collection. */
export const veldtekstenVan = (collectie: CmsCollectie): Veldteksten => ({
  velden: velden[collectie],
  gedeeld,
  namen: {
    bron: bronNamen,
    code: Object.fromEntries(postcodegebieden.map((p) => [p, p])),
    rol: contactRolNamen,
    vorm: collectie === 'acties' ? gelegenheidNamen : gespreksvormNamen,
    type: projecttypeNamen,
    trede: tredeNamen,
    soort: soortNamen,
    termijn: termijnNamen,
    status: actieStatusNamen,
  },
});
