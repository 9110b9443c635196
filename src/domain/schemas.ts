/**
 * One zod schema per concept. Imported by src/content.config.ts (build time) and by
 * functions/ (run time), so a wijk, project, avond and enquête are described exactly once.
 *
 * `zod` here is the same instance that `astro/zod` re-exports.
 *
 * Sample data: every value the policy note does not give carries `bron: 'voorbeeld'`.
 * Pages that show such a value show a notice (see src/lib/voorbeeld.ts).
 */
import { z } from 'zod';
import { isTelefoonnummer } from './contactroutes.ts';
import { treden, tredenVoorschoten } from './participatie.ts';
import { amsterdamNaarMoment, dagBeginMoment, dagEindMoment, isLokaleDatum, isLokaleTijd } from './tijd.ts';
import { emailSchema } from './email.ts';

/** Where a value comes from: the policy note, or invented sample data. */
export const bronSchema = z.enum(['kadernota', 'voorbeeld']);
export type Bron = z.infer<typeof bronSchema>;

export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "noord-hofland").',
  );

/** A calendar date. YAML gives a Date for 2027-03-15; a quoted string works too. */
export const datumSchema = z.coerce.date({ error: 'Geen geldige datum (verwacht JJJJ-MM-DD).' });

/**
 * A Dutch wall-clock time, written as a quoted string "2027-03-15T19:30".
 * Unquoted YAML timestamps are read as UTC and would shift by an hour or two: refused.
 */
export const lokaleTijdSchema = z
  .custom<string>((v) => typeof v === 'string' && isLokaleTijd(v), {
    error: 'Schrijf een tijd als "JJJJ-MM-DDTUU:MM" tussen aanhalingstekens (Nederlandse tijd).',
  })
  .transform((v) => ({ lokaal: v, moment: amsterdamNaarMoment(v) }));
export type LokaleTijd = z.output<typeof lokaleTijdSchema>;

/** A Dutch calendar day, written as a quoted string "2027-03-15"; `moment` is 00:00 that day in Amsterdam. */
export const lokaleDatumSchema = z
  .custom<string>((v) => typeof v === 'string' && isLokaleDatum(v), {
    error: 'Schrijf een datum als "JJJJ-MM-DD" tussen aanhalingstekens (Nederlandse datum).',
  })
  .transform((v) => ({ lokaal: v, moment: dagBeginMoment(v) }));
export type LokaleDatum = z.output<typeof lokaleDatumSchema>;

/**
 * A day ("2027-03-15") or a time ("2027-03-15T07:00"), quoted, Dutch local. `begin` and `eind`
 * are the instants it covers: a whole day from 00:00 up to and including 23:59:59.999; a time
 * is one instant. Used for the period of a nuisance (`van` … `tot`, both inclusive).
 */
export const dagOfTijdSchema = z
  .custom<string>((v) => typeof v === 'string' && (isLokaleDatum(v) || isLokaleTijd(v)), {
    error: 'Schrijf "JJJJ-MM-DD" of "JJJJ-MM-DDTUU:MM" tussen aanhalingstekens (Nederlandse tijd).',
  })
  .transform((v) =>
    isLokaleDatum(v)
      ? { lokaal: v, heleDag: true, begin: dagBeginMoment(v), eind: dagEindMoment(v) }
      : { lokaal: v, heleDag: false, begin: amsterdamNaarMoment(v), eind: amsterdamNaarMoment(v) },
  );
export type DagOfTijd = z.output<typeof dagOfTijdSchema>;

// ---------------------------------------------------------------- wijk

export const postcodegebieden = ['2251', '2252', '2253', '2254'] as const;
export const postcodegebiedSchema = z.enum(postcodegebieden);

export const kerncijferSchema = z.strictObject({
  label: z.string().min(1),
  waarde: z.union([z.number(), z.string().min(1)]),
  eenheid: z.string().optional(),
});
export type Kerncijfer = z.infer<typeof kerncijferSchema>;

/** The categories of the wijkanalyse in bijlage C of the note. */
export const kerncijferCategorieen = [
  'wonen',
  'openbareRuimte',
  'veiligheid',
  'voorzieningen',
  'socialeCohesie',
  'demografie',
] as const;
export type KerncijferCategorie = (typeof kerncijferCategorieen)[number];
export const kerncijferCategorieNamen: Record<KerncijferCategorie, string> = {
  wonen: 'Wonen',
  openbareRuimte: 'Openbare ruimte',
  veiligheid: 'Veiligheid',
  voorzieningen: 'Voorzieningen',
  socialeCohesie: 'Sociale cohesie',
  demografie: 'Demografie',
};

const cijferLijst = z.array(kerncijferSchema).min(1);
export const kerncijfersSchema = z.strictObject({
  bron: bronSchema,
  peiljaar: z.number().int().min(2000).max(2100),
  wonen: cijferLijst,
  openbareRuimte: cijferLijst,
  veiligheid: cijferLijst,
  voorzieningen: cijferLijst,
  socialeCohesie: cijferLijst,
  demografie: cijferLijst,
});

export const contactRollen = [
  'coordinator-wijkgericht-werken',
  'opbouwwerker',
  'wijkagent',
  'wijkconsulent',
  'bewonersorganisatie',
  'accounthouder',
] as const;
export const contactRolNamen: Record<(typeof contactRollen)[number], string> = {
  'coordinator-wijkgericht-werken': 'Coördinator wijkgericht werken',
  opbouwwerker: 'Opbouwwerker',
  wijkagent: 'Wijkagent',
  wijkconsulent: 'Wijkconsulent van de woningcorporatie',
  bewonersorganisatie: 'Bewonersorganisatie',
  accounthouder: 'Accounthouder wijkgericht werken',
};

export const contactSchema = z.strictObject({
  rol: z.enum(contactRollen),
  naam: z.string().min(1).optional(),
  organisatie: z.string().min(1),
  email: emailSchema('Geen geldig e-mailadres.', 'Geen geldig e-mailadres.').optional(),
  telefoon: z
    .string()
    .refine(isTelefoonnummer, { error: 'Geen telefoonnummer. Schrijf bijvoorbeeld 071 560 06 00 of 14 071.' })
    .optional(),
  bron: bronSchema,
});
export type Contact = z.infer<typeof contactSchema>;

export const gespreksvormen = ['bewonersavond', 'wijkschouw', 'enquete', 'informatieavond'] as const;
export const gespreksvormNamen: Record<(typeof gespreksvormen)[number], string> = {
  bewonersavond: 'Bewonersavond',
  wijkschouw: 'Wijkschouw',
  enquete: 'Enquête',
  informatieavond: 'Informatieavond',
};
export const gesprekSchema = z.strictObject({
  datum: datumSchema,
  vorm: z.enum(gespreksvormen),
  onderwerp: z.string().min(1),
  /** Optional: the informatieavond where this conversation took place. */
  avond: slugSchema.optional(),
  bron: bronSchema,
});
export type Gesprek = z.infer<typeof gesprekSchema>;

/** The pilot block of an aandachtsgebied (Vlietwijk 6.2.1, Noord Hofland 6.2.2). */
export const pilotSchema = z.strictObject({
  naam: z.string().min(1),
  doel: z.string().min(1),
  gebied: z.string().optional(),
  werkgroepen: z.array(z.string().min(1)),
  planVanAanpak: z.string().min(1),
  partners: z.array(z.string().min(1)).min(1),
  bron: bronSchema,
});

export const wijkSchema = z.strictObject({
  naam: z.string().min(1),
  slug: slugSchema,
  postcodegebied: z.strictObject({ code: postcodegebiedSchema, bron: bronSchema }),
  aandachtsgebied: z.boolean(),
  /** One sentence for lists. */
  samenvatting: z.string().min(1).max(200),
  kerncijfers: kerncijfersSchema,
  contacten: z.array(contactSchema),
  gesprekken: z.array(gesprekSchema),
  pilot: pilotSchema.optional(),
  bron: bronSchema,
});
export type Wijk = z.infer<typeof wijkSchema>;

// ---------------------------------------------------------------- project

export const projecttypen = ['riool', '30-km-zone', 'speelplek', 'herinrichting', 'groen', 'sociaal'] as const;
export type Projecttype = (typeof projecttypen)[number];
export const projecttypeNamen: Record<Projecttype, string> = {
  riool: 'Riolering',
  '30-km-zone': '30 km-zone',
  speelplek: 'Speelplek',
  herinrichting: 'Herinrichting',
  groen: 'Groen',
  sociaal: 'Sociaal',
};

export const faseSchema = z.strictObject({
  naam: z.string().min(1),
  start: datumSchema,
  eind: datumSchema,
});
export type Fase = z.infer<typeof faseSchema>;

const lonLat = z
  .tuple([z.number(), z.number()])
  .refine(([lon, lat]) => lon > 4.3 && lon < 4.6 && lat > 52.05 && lat < 52.2, {
    error:
      'Coördinaat ligt niet bij Voorschoten. Schrijf [lengtegraad, breedtegraad] in WGS84, bijvoorbeeld [4.44, 52.13].',
  });
/** GeoJSON geometry in WGS84 (RFC 7946), only the kinds our maps draw. */
export const geometrieSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: lonLat }),
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2) }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(lonLat).min(2)).min(1) }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(lonLat).min(4)).min(1) }),
]);
export type Geometrie = z.infer<typeof geometrieSchema>;

/**
 * A project's geometry as it is stored: GeoJSON written as one JSON string, which is how the CMS
 * (a text field) saves it — `geometrie: '{"type":"Point","coordinates":[4.45,52.12]}'` — or
 * as a YAML object in a hand-written file. Either way the result is a checked `Geometrie`.
 */
export const geometrieTekstSchema = z.preprocess((invoer, ctx) => {
  if (typeof invoer !== 'string') return invoer;
  try {
    return JSON.parse(invoer) as unknown;
  } catch {
    ctx.addIssue({
      code: 'custom',
      input: invoer,
      message:
        "Geen geldige GeoJSON: controleer de haakjes, komma's en aanhalingstekens (plak bijvoorbeeld uit geojson.io).",
    });
    return z.NEVER;
  }
}, geometrieSchema);

/** A point of the kader, with an id so avonden and enquêtes can refer to it. */
export const kaderpuntSchema = z.strictObject({ id: slugSchema, tekst: z.string().min(1) });
export type Kaderpunt = z.infer<typeof kaderpuntSchema>;

/**
 * The influence card: before residents take part they see what is fixed, what is open,
 * who decides and when, and what happens with their input.
 */
export const invloedSchema = z
  .object({
    trede: z.enum(treden).refine((t) => (tredenVoorschoten as readonly string[]).includes(t), {
      error: 'Voorschoten werkt op de treden informeren, raadplegen en adviseren (kadernota 7.1). Beloof niet meer.',
    }),
    vast: z.array(kaderpuntSchema).min(1, 'Noem minstens één punt dat vastligt.'),
    open: z.array(kaderpuntSchema),
    besluit: z.strictObject({
      wie: z.string().min(1),
      wanneer: z.string().min(1),
    }),
    metInbreng: z.string().min(1),
  })
  .superRefine((kaart, ctx) => {
    if (kaart.trede === 'informeren' && kaart.open.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['open'],
        message: 'Bij de trede "informeren" valt er niets te kiezen: laat "open" leeg of kies "raadplegen".',
      });
    }
    if (kaart.trede !== 'informeren' && kaart.open.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['open'],
        message: `Bij de trede "${kaart.trede}" hoort minstens één open punt waarover bewoners iets kunnen zeggen.`,
      });
    }
    const ids = [...kaart.vast, ...kaart.open].map((p) => p.id);
    const dubbel = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dubbel.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['open'], message: `Dubbele id in vast/open: ${dubbel.join(', ')}` });
    }
  });
export type Invloed = z.infer<typeof invloedSchema>;

export const projectSchema = z.strictObject({
  titel: z.string().min(1),
  slug: slugSchema,
  type: z.enum(projecttypen),
  samenvatting: z.string().min(1).max(200),
  wijken: z.array(slugSchema).min(1),
  straten: z.array(z.string().min(1)),
  fasen: z.array(faseSchema).min(1),
  geometrie: geometrieTekstSchema,
  invloed: invloedSchema,
  contact: contactSchema,
  bron: bronSchema,
});
export type Project = z.infer<typeof projectSchema>;

// ---------------------------------------------------------------- avond

export const locatieSchema = z.strictObject({
  naam: z.string().min(1),
  adres: z.string().min(1),
  toegankelijkheid: z.array(z.string().min(1)).min(1, 'Vertel hoe toegankelijk de zaal is.'),
});

export const avondSchema = z.strictObject({
  titel: z.string().min(1),
  slug: slugSchema,
  project: slugSchema,
  start: lokaleTijdSchema,
  eind: lokaleTijdSchema,
  locatie: locatieSchema,
  capaciteit: z.number().int().min(1).max(1000),
  aanmelding: z.strictObject({ opent: lokaleTijdSchema, sluit: lokaleTijdSchema }),
  /** Ids of the project's open points that will be discussed. */
  onderwerpen: z.array(slugSchema).min(1),
  /**
   * The evening does not take place. Keep the file: the page then says "Gaat niet door" with
   * the reason, sign-up stops, and calendar files mark it STATUS:CANCELLED under the same UID.
   */
  geannuleerd: z
    .strictObject({ reden: z.string().min(1, 'Vertel in één zin waarom de avond niet doorgaat.') })
    .optional(),
  /**
   * When date, time or place changed after people signed up: one plain sentence on what changed
   * ("De avond is verplaatst naar donderdag 18 maart."). Shown at the top of the avond page and in
   * the change mail; the mail itself goes out when the functions see the change.
   */
  wijziging: z.string().min(1).max(300).optional(),
  /** After the evening: a short report (what was asked, what happens next), mailed once to participants. */
  verslag: z.string().min(1).max(3000).optional(),
  bron: bronSchema,
});
export type Avond = z.infer<typeof avondSchema>;

// ---------------------------------------------------------------- enquête

const vraagBasis = {
  id: slugSchema,
  vraag: z.string().min(1),
  toelichting: z.string().optional(),
  /** Id of the open point of the project's kader this question is about. */
  onderwerp: slugSchema,
  verplicht: z.boolean().default(false),
};
const optie = z.strictObject({ waarde: slugSchema, label: z.string().min(1) });

export const vraagSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...vraagBasis, type: z.literal('keuze'), opties: z.array(optie).min(2) }),
  z.strictObject({
    ...vraagBasis,
    type: z.literal('meerkeuze'),
    opties: z.array(optie).min(2),
    maximum: z.number().int().min(1),
  }),
  z.strictObject({
    ...vraagBasis,
    type: z.literal('schaal'),
    labels: z.strictObject({ laag: z.string().min(1), hoog: z.string().min(1) }),
  }),
  z.strictObject({ ...vraagBasis, type: z.literal('janee') }),
  z.strictObject({ ...vraagBasis, type: z.literal('tekst'), maxLengte: z.number().int().min(1).max(2000) }),
]);
export type Vraag = z.infer<typeof vraagSchema>;

/** Form field names the survey form uses itself; a question id may not take them. */
export const gereserveerdeVeldnamen = ['code', 'website', 'formulier'] as const;

export const enqueteSchema = z
  .strictObject({
    titel: z.string().min(1),
    slug: slugSchema,
    project: slugSchema,
    wijken: z.array(slugSchema).min(1),
    opent: lokaleTijdSchema,
    sluit: lokaleTijdSchema,
    trede: z.enum(tredenVoorschoten).default('raadplegen'),
    intro: z.string().min(1),
    vragen: z.array(vraagSchema).default([]),
    /** Residents need a single-use code from the letter to their address (`npm run codes`). */
    lettercode: z.boolean().default(false),
    /** After closing: what we heard, what we do with it, and what not and why. */
    watWeHoorden: z.string().min(1).optional(),
    watWeErmeeDoen: z.string().min(1).optional(),
    watNiet: z.string().min(1).optional(),
    bron: bronSchema,
  })
  .superRefine((e, ctx) => {
    const ids = e.vragen.map((v) => v.id);
    e.vragen.forEach((v, i) => {
      if (ids.indexOf(v.id) !== i)
        ctx.addIssue({ code: 'custom', path: ['vragen', i, 'id'], message: `Vraag-id "${v.id}" komt twee keer voor.` });
      if ((gereserveerdeVeldnamen as readonly string[]).includes(v.id))
        ctx.addIssue({
          code: 'custom',
          path: ['vragen', i, 'id'],
          message: `"${v.id}" is gereserveerd voor het formulier. Kies een andere id.`,
        });
      if (v.type === 'meerkeuze' && v.maximum > v.opties.length)
        ctx.addIssue({
          code: 'custom',
          path: ['vragen', i, 'maximum'],
          message: `Het maximum (${v.maximum}) is groter dan het aantal opties (${v.opties.length}).`,
        });
      if (
        (v.type === 'keuze' || v.type === 'meerkeuze') &&
        new Set(v.opties.map((o) => o.waarde)).size !== v.opties.length
      )
        ctx.addIssue({ code: 'custom', path: ['vragen', i, 'opties'], message: 'Twee opties hebben dezelfde waarde.' });
    });
  });
export type Enquete = z.infer<typeof enqueteSchema>;

// ---------------------------------------------------------------- bericht

/**
 * The kinds of a progress update. `hinder` is nuisance for residents (a closed road, no
 * parking, water off) and has a period; the derived items of src/domain/nieuws.ts add
 * `enquete` (a survey opens) and `fase` (a project enters its next phase).
 */
export const berichtSoorten = ['voortgang', 'planning', 'hinder', 'besluit', 'avond', 'uitslag'] as const;
export type BerichtSoort = (typeof berichtSoorten)[number];

/**
 * A progress update (content/berichten/*.mdx). The body is a few plain sentences in B1 Dutch.
 * `wijken` and `straten` default to those of its projects. Only `hinder` has `van` and `tot`
 * (both required there); `tot` before `van` is an integrity error (src/domain/integriteit.ts).
 */
export const berichtSchema = z
  .strictObject({
    datum: lokaleDatumSchema,
    titel: z.string().min(1).max(100),
    soort: z.enum(berichtSoorten),
    projecten: z.array(slugSchema).min(1, 'Noem minstens één project.'),
    wijken: z.array(slugSchema).min(1).optional(),
    /** Street names as in the street index (content/straten.json), like a project's `straten`. */
    straten: z.array(z.string().min(1)).min(1).optional(),
    van: dagOfTijdSchema.optional(),
    tot: dagOfTijdSchema.optional(),
    bron: bronSchema,
  })
  .superRefine((b, ctx) => {
    if (b.soort === 'hinder') {
      for (const veld of ['van', 'tot'] as const)
        if (!b[veld])
          ctx.addIssue({ code: 'custom', path: [veld], message: `Een bericht over hinder heeft "${veld}" nodig.` });
    } else {
      for (const veld of ['van', 'tot'] as const)
        if (b[veld])
          ctx.addIssue({
            code: 'custom',
            path: [veld],
            message: `Alleen een bericht met soort "hinder" heeft "${veld}".`,
          });
    }
  });
export type Bericht = z.infer<typeof berichtSchema>;
