/**
 * Valid example inputs for the domain schemas, as they would come out of a YAML frontmatter.
 * Tests start from these and change one thing, so each test shows exactly what breaks.
 */
export const voorbeeldProject = () => ({
  titel: 'Herinrichting Teststraat',
  slug: 'teststraat',
  type: 'herinrichting',
  samenvatting: 'De Teststraat krijgt nieuwe stoepen.',
  wijken: ['centrum'],
  straten: ['Teststraat'],
  fasen: [{ naam: 'Ontwerp', start: new Date('2027-01-01'), eind: new Date('2027-03-31') }],
  geometrie: {
    type: 'LineString',
    coordinates: [
      [4.44, 52.13],
      [4.445, 52.131],
    ],
  },
  invloed: {
    trede: 'raadplegen',
    vast: [{ id: 'budget', tekst: 'Het budget.' }],
    open: [{ id: 'bomen', tekst: 'Welke bomen er komen.' }],
    besluit: { wie: 'Het college', wanneer: 'In juni 2027' },
    metInbreng: 'We gebruiken uw mening bij het ontwerp.',
  },
  contact: { rol: 'accounthouder', organisatie: 'Gemeente', bron: 'voorbeeld' },
  bron: 'voorbeeld',
});

export const voorbeeldAvond = () => ({
  titel: 'Informatieavond Teststraat',
  slug: 'teststraat-avond',
  project: 'teststraat',
  start: '2027-03-11T19:30',
  eind: '2027-03-11T21:00',
  locatie: { naam: 'Dorpshuis', adres: 'Dorpsstraat 1', toegankelijkheid: ['Geen drempels.'] },
  capaciteit: 40,
  aanmelding: { opent: '2027-02-01T09:00', sluit: '2027-03-10T12:00' },
  onderwerpen: ['bomen'],
  bron: 'voorbeeld',
});

export const voorbeeldWijk = () => ({
  naam: 'Centrum',
  slug: 'centrum',
  postcodegebied: { code: '2251', bron: 'kadernota' },
  aandachtsgebied: false,
  samenvatting: 'Het centrum.',
  kerncijfers: {
    bron: 'voorbeeld',
    peiljaar: 2026,
    wonen: [{ label: 'Woningen', waarde: 100 }],
    openbareRuimte: [{ label: 'Waardering', waarde: 7 }],
    veiligheid: [{ label: 'Inbraken', waarde: 3 }],
    voorzieningen: [{ label: 'Scholen', waarde: 1 }],
    socialeCohesie: [{ label: 'Groeten', waarde: 80, eenheid: '%' }],
    demografie: [{ label: 'Inwoners', waarde: 1000 }],
  },
  contacten: [],
  gesprekken: [{ datum: new Date('2024-01-01'), vorm: 'wijkschouw', onderwerp: 'Schouw', bron: 'voorbeeld' }],
  bron: 'kadernota',
});

export const voorbeeldEnquete = () => ({
  titel: 'Enquête Teststraat',
  slug: 'teststraat-enquete',
  project: 'teststraat',
  wijken: ['centrum'],
  opent: '2027-02-01T09:00',
  sluit: '2027-03-01T17:00',
  intro: 'Wat vindt u?',
  vragen: [{ id: 'bomen', type: 'janee', vraag: 'Wilt u meer bomen?', onderwerp: 'bomen' }],
  bron: 'voorbeeld',
});

export const voorbeeldBericht = () => ({
  datum: '2027-03-01',
  titel: 'Teststraat afgesloten',
  soort: 'hinder',
  projecten: ['teststraat'],
  van: '2027-03-08',
  tot: '2027-03-12',
  bron: 'voorbeeld',
});

export const voorbeeldActielijst = () => ({
  wijk: 'centrum',
  gelegenheid: { vorm: 'wijkschouw', datum: new Date('2026-04-14'), onderwerp: 'Schouw van de Teststraat' },
  volgendeSchouw: new Date('2027-04-13'),
  punten: [
    {
      id: 'bankje',
      wat: 'Nieuw bankje bij de bushalte',
      straat: 'teststraat',
      wie: 'Gemeente, Uitvoerend Bedrijf',
      termijn: 'kort',
      status: 'klaar',
      sinds: new Date('2026-05-20'),
      klaar: new Date('2026-05-20'),
      kosten: 1250,
    },
    {
      id: 'stoep',
      wat: 'Stoep ophogen',
      wie: 'Gemeente, Uitvoerend Bedrijf',
      termijn: 'kort',
      status: 'gepland',
      sinds: new Date('2026-06-01'),
      kosten: 800,
    },
    {
      id: 'drempel',
      wat: 'Verkeersdrempel',
      wie: 'Gemeente',
      termijn: 'lang',
      status: 'niet',
      sinds: new Date('2026-06-01'),
      reden: 'De bus rijdt hier; een drempel mag daarom niet.',
      kosten: 3000,
    },
  ],
  bron: 'voorbeeld',
});
