/**
 * Turns a zod schema of src/domain/ into Sveltia CMS fields, so the CMS form is the schema:
 * every key of the schema becomes a field, in schema order, `required: false` exactly when the
 * key is optional or has a default. What zod cannot say (a Dutch label, a hint, that a slug
 * points at another collection) comes from `Veldteksten` (src/lib/cms/veldteksten.ts); a key
 * without a Dutch label there is an error, so a field added to a schema cannot be forgotten.
 *
 * Leaf schemas that need a particular widget are recognised by identity (`bijzondereSchemas`):
 * calendar dates → date picker writing "JJJJ-MM-DD", Dutch wall-clock times → date-time picker
 * writing "JJJJ-MM-DDTUU:MM" without zone, GeoJSON → a text field with a pattern, `bron` → a select.
 *
 * Throws `Error` naming the collection and the field path when it meets a schema it cannot map.
 */
import type { z } from 'zod';
import {
  bronSchema,
  dagOfTijdSchema,
  datumSchema,
  geometrieTekstSchema,
  lokaleDatumSchema,
  lokaleTijdSchema,
  slugSchema,
} from '../../domain/schemas.ts';
import { lokaalPatroon, lokaleDatumPatroon } from '../../domain/tijd.ts';

/** A field of the CMS config (the subset of Sveltia's field options we write). */
export interface CmsVeld {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  fields?: CmsVeld[];
  field?: CmsVeld;
  types?: { name: string; label: string; widget: 'object'; fields: CmsVeld[] }[];
  typeKey?: string;
  min?: number;
  max?: number;
  minlength?: number;
  maxlength?: number;
  value_type?: 'int' | 'float';
  step?: number;
  pattern?: [string, string];
  type?: string;
  format?: string;
  multiple?: boolean;
  collection?: string;
  file?: string;
  value_field?: string;
  display_fields?: readonly string[];
  search_fields?: readonly string[];
  filters?: readonly { field: string; values: readonly string[] }[];
  dropdown_threshold?: number;
  default_language?: string;
  allow_language_selection?: boolean;
  output_code_only?: boolean;
  label_singular?: string;
  summary?: string;
  collapsed?: boolean;
  root?: boolean;
}

/** What the table says about one field: a label, or a label with extra CMS options. */
export type Veldtekst = string | (Partial<Omit<CmsVeld, 'name' | 'fields' | 'field' | 'types'>> & { label: string });

/**
 * Labels per field path ("invloed.open.tekst": list items have no index in the path; the
 * variants of a typed list add ":<type>" for the variant's own label). `gedeeld` is consulted
 * when the collection has no entry for the full path, by the last part of the path.
 * `namen` gives the Dutch name of every value of an enum, by the enum's field path or name.
 */
export interface Veldteksten {
  velden: Readonly<Record<string, Veldtekst>>;
  gedeeld: Readonly<Record<string, Veldtekst>>;
  namen: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

type Schema = z.core.$ZodType;
interface Check {
  check: string;
  value?: number;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  entries?: Record<string, string>;
  options?: Schema[];
  discriminator?: string;
  values?: unknown[];
  defaultValue?: unknown;
  checks?: { _zod: { def: Check } }[];
}
const def = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const checks = (s: Schema): Check[] => (def(s).checks ?? []).map((c) => c._zod.def);

/** The slug rule as a pattern the CMS checks while typing: slugSchema's own regex. */
const slugRegex = checks(slugSchema).find((c) => c.pattern)?.pattern;
if (!slugRegex) throw new Error('CMS: slugSchema heeft geen regex meer (src/lib/cms/velden.ts).');
const slugPatroon: [string, string] = [
  slugRegex.source,
  'Gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "noord-hofland").',
];
/** A day or a time, as dagOfTijdSchema accepts (the patterns of src/domain/tijd.ts). */
const zonderAnkers = (r: RegExp): string => r.source.replace(/^\^|\$$/g, '');
const dagOfTijdPatroon = `^(?:${zonderAnkers(lokaleDatumPatroon)}|${zonderAnkers(lokaalPatroon)})$`;

/** Widgets for leaf schemas recognised by identity. */
const bijzondereSchemas = new Map<Schema, Omit<CmsVeld, 'name' | 'label'>>([
  [slugSchema, { widget: 'string', pattern: slugPatroon }],
  [datumSchema, { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' }],
  [lokaleDatumSchema, { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' }],
  [
    lokaleTijdSchema,
    {
      widget: 'datetime',
      type: 'datetime-local',
      format: 'YYYY-MM-DDTHH:mm',
      hint: 'Nederlandse tijd.',
    },
  ],
  [
    dagOfTijdSchema,
    {
      widget: 'string',
      pattern: [
        dagOfTijdPatroon,
        'Schrijf een dag als 2027-03-15 of een tijd als 2027-03-15T07:00 (Nederlandse tijd).',
      ],
    },
  ],
  [
    // A plain text field, not Sveltia's code field: that one loads its editor lazily and showed the
    // first project of a session with an empty value (found by a tester; tests/browser/cms.test.ts).
    geometrieTekstSchema,
    {
      widget: 'text',
      pattern: [
        '^\\s*\\{[\\s\\S]*"type"\\s*:\\s*"(Point|LineString|MultiLineString|Polygon)"[\\s\\S]*\\}\\s*$',
        'Plak GeoJSON van een Point, LineString, MultiLineString of Polygon, bijvoorbeeld {"type":"Point","coordinates":[4.44,52.13]}.',
      ],
      hint: 'GeoJSON in WGS84: een Point, LineString, MultiLineString of Polygon, [lengtegraad, breedtegraad]. Teken bijvoorbeeld op geojson.io en plak hier alleen het "geometry"-deel.',
    },
  ],
]);

/** Strips optional/default wrappers: the inner schema, whether it is required, and its default. */
function pakUit(schema: Schema): { binnen: Schema; verplicht: boolean; standaard?: unknown } {
  let binnen = schema;
  let verplicht = true;
  let standaard: unknown;
  for (;;) {
    const d = def(binnen);
    if (d.type === 'optional' && d.innerType) {
      verplicht = false;
      binnen = d.innerType;
    } else if (d.type === 'default' && d.innerType) {
      verplicht = false;
      standaard = d.defaultValue;
      binnen = d.innerType;
    } else return { binnen, verplicht, standaard };
  }
}

/** Generates the CMS fields of one collection from its schema; see the module comment. */
export function veldenVan(collectie: string, schema: Schema, teksten: Veldteksten): CmsVeld[] {
  const tekstVoor = (pad: string): Exclude<Veldtekst, string> => {
    const laatste = pad.split('.').at(-1)!.split(':')[0]!;
    const t = teksten.velden[pad] ?? teksten.gedeeld[laatste];
    if (t === undefined)
      throw new Error(`CMS: het veld "${collectie}.${pad}" heeft geen Nederlands label (src/lib/cms/veldteksten.ts).`);
    return typeof t === 'string' ? { label: t } : t;
  };

  const objectVelden = (shape: Record<string, Schema>, pad: string, zonder?: string): CmsVeld[] =>
    Object.entries(shape)
      .filter(([naam]) => naam !== zonder)
      .map(([naam, s]) => veld(naam, s, pad ? `${pad}.${naam}` : naam));

  function veld(naam: string, schema: Schema, pad: string): CmsVeld {
    const { binnen, verplicht, standaard } = pakUit(schema);
    const tekst = tekstVoor(pad);
    const basis: CmsVeld = {
      name: naam,
      label: tekst.label,
      widget: 'string',
      ...(verplicht ? {} : { required: false }),
      ...(standaard === undefined || Array.isArray(standaard) ? {} : { default: standaard }),
    };
    const vorm = vormVan(binnen, pad);
    // A relation replaces the slug (or list of slugs or names) the schema has underneath.
    if (tekst.widget === 'relation') {
      const min = vorm.widget === 'list' ? vorm.min : undefined;
      return { ...basis, ...(min ? { min } : {}), ...(vorm.widget === 'list' ? { multiple: true } : {}), ...tekst };
    }
    return { ...basis, ...vorm, ...tekst, ...((tekst.hint ?? vorm.hint) ? { hint: tekst.hint ?? vorm.hint } : {}) };
  }

  function vormVan(schema: Schema, pad: string): Omit<CmsVeld, 'name' | 'label'> {
    const bijzonder = bijzondereSchemas.get(schema);
    if (bijzonder) return bijzonder;
    if (schema === bronSchema) return { widget: 'select', options: opties(pad, bronSchema) };
    const d = def(schema);
    switch (d.type) {
      case 'string': {
        const c = checks(schema);
        const min = c.find((x) => x.check === 'min_length')?.minimum;
        const max = c.find((x) => x.check === 'max_length')?.maximum;
        return { widget: 'string', ...(max ? { maxlength: max } : {}), ...(min && min > 1 ? { minlength: min } : {}) };
      }
      case 'number': {
        const c = checks(schema);
        const geheel = c.some((x) => x.check === 'number_format' && (x.format ?? '').includes('int'));
        const min = c.find((x) => x.check === 'greater_than')?.value;
        const max = c.find((x) => x.check === 'less_than')?.value;
        return {
          widget: 'number',
          value_type: geheel ? 'int' : 'float',
          ...(min === undefined ? {} : { min }),
          ...(max === undefined ? {} : { max }),
          ...(geheel ? {} : { step: 0.1 }),
        };
      }
      case 'boolean':
        return { widget: 'boolean' };
      case 'enum':
        return { widget: 'select', options: opties(pad, schema) };
      case 'date':
        return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
      case 'object':
        return { widget: 'object', fields: objectVelden(d.shape ?? {}, pad) };
      case 'union': {
        // Number or text (a key figure's value): a text field, the schema takes both.
        if ((d.options ?? []).every((o) => ['string', 'number'].includes(def(o).type))) return { widget: 'string' };
        break;
      }
      case 'array': {
        const element = d.element!;
        const min = checks(schema).find((x) => x.check === 'min_length')?.minimum;
        const grenzen = min ? { min } : {};
        const e = def(element);
        if (e.type === 'object') return { widget: 'list', ...grenzen, fields: objectVelden(e.shape ?? {}, pad) };
        if (e.type === 'union' && e.discriminator) {
          const sleutel = e.discriminator;
          return {
            widget: 'list',
            ...grenzen,
            typeKey: sleutel,
            types: (e.options ?? []).map((o) => {
              const shape = def(o).shape ?? {};
              const waarde = String(def(shape[sleutel]!).values?.[0]);
              return {
                name: waarde,
                label: tekstVoor(`${pad}:${waarde}`).label,
                widget: 'object' as const,
                fields: objectVelden(shape, pad, sleutel),
              };
            }),
          };
        }
        // A list of single values (text, slugs): one value per line.
        return {
          widget: 'list',
          ...grenzen,
          field: { name: 'waarde', label: tekstVoor(pad).label, ...vormVan(element, pad) },
        };
      }
      case 'pipe':
        if (d.in) return vormVan(d.in, pad);
        break;
    }
    throw new Error(
      `CMS: geen veldsoort voor "${collectie}.${pad}" (zod-type "${d.type}"); voeg die toe in src/lib/cms/velden.ts.`,
    );
  }

  function opties(pad: string, schema: Schema): { label: string; value: string }[] {
    const waarden = Object.values(def(schema).entries ?? {});
    const laatste = pad.split('.').at(-1)!;
    const namen = teksten.namen[pad] ?? teksten.namen[laatste];
    if (!namen) throw new Error(`CMS: geen Nederlandse namen voor de keuzes van "${collectie}.${pad}".`);
    // A table may leave values out on purpose (the rungs Voorschoten does not use).
    const getoond = waarden.filter((w) => namen[w] !== undefined);
    if (getoond.length === 0) throw new Error(`CMS: geen keuzes over voor "${collectie}.${pad}".`);
    return getoond.map((w) => ({ label: namen[w]!, value: w }));
  }

  const d = def(schema);
  if (d.type !== 'object') throw new Error(`CMS: het schema van "${collectie}" is geen object.`);
  return objectVelden(d.shape ?? {}, '');
}
