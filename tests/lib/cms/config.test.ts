/**
 * The CMS configuration agrees with the domain schemas field by field. The schemas are read here
 * a second, independent way — zod's own JSON Schema export — so a field the generator skipped or
 * marked wrongly fails, and a field added to a schema without a Dutch label stops the build.
 * The whole config is also checked against Sveltia CMS's published JSON schema.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { berichtSchema, dagOfTijdSchema, slugSchema, wijkSchema, type Bron } from '../../../src/domain/schemas.ts';
import { cmsCollectie, cmsConfig, schemaVan } from '../../../src/lib/cms/config.ts';
import { veldenVan, type CmsVeld } from '../../../src/lib/cms/velden.ts';
import { cmsCollecties, veldtekstenVan, type CmsCollectie } from '../../../src/lib/cms/veldteksten.ts';

const config = cmsConfig({ repo: 'gemeente/site', branch: 'main', site: 'https://wijk.example' });

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
  default?: unknown;
}

/** "pad" → required, for every property in the JSON Schema (list items without index; variants merged). */
function veldenUitJsonSchema(s: JsonSchema, pad = '', uit = new Map<string, boolean>()): Map<string, boolean> {
  const varianten = s.oneOf ?? s.anyOf;
  if (varianten) {
    for (const v of varianten) veldenUitJsonSchema(v, pad, uit);
    return uit;
  }
  if (s.items) return veldenUitJsonSchema(s.items, pad, uit);
  for (const [naam, sub] of Object.entries(s.properties ?? {})) {
    if (sub.const !== undefined) continue; // the discriminator of a typed list ("type": "keuze")
    const p = pad ? `${pad}.${naam}` : naam;
    // zod lists a field with a default as required in the input schema; the CMS may leave it out.
    const verplicht = (s.required ?? []).includes(naam) && sub.default === undefined;
    uit.set(p, (uit.get(p) ?? verplicht) && verplicht);
    // A nested object or list of objects; geometry (GeoJSON) is one field in the CMS.
    if (naam !== 'geometrie') veldenUitJsonSchema(sub, p, uit);
  }
  return uit;
}

/** The same map read from the CMS fields. */
function veldenUitCms(velden: readonly CmsVeld[], pad = '', uit = new Map<string, boolean>()): Map<string, boolean> {
  for (const v of velden) {
    const p = pad ? `${pad}.${v.name}` : v.name;
    const verplicht = v.required !== false;
    uit.set(p, (uit.get(p) ?? verplicht) && verplicht);
    if (v.fields) veldenUitCms(v.fields, p, uit);
    for (const t of v.types ?? []) veldenUitCms(t.fields, p, uit);
  }
  return uit;
}

const woord = (v: boolean | undefined): string => (v === undefined ? 'ontbreekt' : v ? 'verplicht' : 'optioneel');

/** The fields where schema and CMS form disagree, as "pad: schema …, CMS …". */
function verschil(naam: CmsCollectie, velden: readonly CmsVeld[]): string[] {
  const uitSchema = veldenUitJsonSchema(
    z.toJSONSchema(schemaVan(naam), { io: 'input', unrepresentable: 'any' }) as JsonSchema,
  );
  const uitCms = veldenUitCms(velden);
  uitCms.delete('body'); // the Markdown under the frontmatter
  return [...new Set([...uitSchema.keys(), ...uitCms.keys()])]
    .filter((p) => uitSchema.get(p) !== uitCms.get(p))
    .map((p) => `${p}: schema ${woord(uitSchema.get(p))}, CMS ${woord(uitCms.get(p))}`);
}

const veldenVanCollectie = (naam: CmsCollectie): CmsVeld[] =>
  (config['collections'] as { name: string; fields: CmsVeld[] }[]).find((c) => c.name === naam)!.fields;

describe('CMS config (/admin/config.yml)', () => {
  it('has one collection per content folder, as MDX with frontmatter, in the folder the build reads', () => {
    const collecties = config['collections'] as { name: string; folder: string; extension: string; format: string }[];
    expect(collecties.map((c) => c.name)).toEqual([...cmsCollecties]);
    for (const c of collecties)
      expect(c).toMatchObject({ folder: `content/${c.name}`, extension: 'mdx', format: 'frontmatter' });
  });

  it.each(cmsCollecties)('%s: every schema field is in the form, with the same required flag', (naam) => {
    expect(verschil(naam, veldenVanCollectie(naam))).toEqual([]);
  });

  it('the comparison finds a field missing from the form and a wrong required flag', () => {
    const velden = veldenVanCollectie('avonden');
    const zonderCapaciteit = velden.filter((v) => v.name !== 'capaciteit');
    expect(verschil('avonden', zonderCapaciteit)).toEqual(['capaciteit: schema verplicht, CMS ontbreekt']);
    const verslagVerplicht = velden.map((v) => (v.name === 'verslag' ? { ...v, required: true } : v));
    expect(verschil('avonden', verslagVerplicht)).toEqual(['verslag: schema optioneel, CMS verplicht']);
  });

  it('a field added to a schema without a Dutch label stops the build, naming the field', () => {
    const uitgebreid = wijkSchema.extend({ wijkkrant: z.string().optional() });
    expect(() => veldenVan('wijken', uitgebreid, veldtekstenVan('wijken'))).toThrow(
      'het veld "wijken.wijkkrant" heeft geen Nederlands label',
    );
  });

  it('a select without Dutch names for its values stops the build', () => {
    const uitgebreid = berichtSchema.safeExtend({ stemming: z.enum(['blij', 'boos']) });
    const teksten = veldtekstenVan('berichten');
    const metLabel = { ...teksten, velden: { ...teksten.velden, stemming: 'Stemming' } };
    expect(() => veldenVan('berichten', uitgebreid, metLabel)).toThrow('geen Nederlandse namen');
  });

  it('passes the JSON schema Sveltia CMS publishes for its config', () => {
    // The package exports only its module (npm/index.js); the schema sits beside it.
    const module = createRequire(import.meta.url).resolve('@sveltia/cms');
    const schema = JSON.parse(readFileSync(join(dirname(module), '../schema/sveltia-cms.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const geldig = ajv.validate(schema, config);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors?.slice(0, 5))).toEqual([]);
    expect(geldig).toBe(true);
  });

  it('writes what our schemas want: quoted strings, no empty optional fields, GitHub with our OAuth function, pull requests', () => {
    expect(config['output']).toEqual({ omit_empty_optional_fields: true, yaml: { quote: 'double' } });
    expect(config['publish_mode']).toBe('editorial_workflow');
    expect(config['backend']).toMatchObject({
      name: 'github',
      repo: 'gemeente/site',
      base_url: 'https://wijk.example',
      auth_endpoint: 'api/cms-auth',
    });
  });

  it('dates as date pickers (JJJJ-MM-DD), Dutch times as local date-time without zone (JJJJ-MM-DDTUU:MM)', () => {
    const avond = veldenVanCollectie('avonden');
    const start = avond.find((v) => v.name === 'start')!;
    expect(start).toMatchObject({ widget: 'datetime', type: 'datetime-local', format: 'YYYY-MM-DDTHH:mm' });
    const aanmelding = avond.find((v) => v.name === 'aanmelding')!.fields!;
    expect(aanmelding.map((v) => v.format)).toEqual(['YYYY-MM-DDTHH:mm', 'YYYY-MM-DDTHH:mm']);
    const bericht = veldenVanCollectie('berichten');
    expect(bericht.find((v) => v.name === 'datum')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
    });
    const fasen = veldenVanCollectie('projecten').find((v) => v.name === 'fasen')!;
    expect(fasen.fields!.find((v) => v.name === 'start')).toMatchObject({ type: 'date', format: 'YYYY-MM-DD' });
  });

  it('enums as selects with the Dutch names of the site; only the rungs Voorschoten uses', () => {
    const project = veldenVanCollectie('projecten');
    expect(project.find((v) => v.name === 'type')!.options).toContainEqual({
      label: '30 km-zone',
      value: '30-km-zone',
    });
    const trede = project.find((v) => v.name === 'invloed')!.fields!.find((v) => v.name === 'trede')!;
    expect(trede.options!.map((o) => o.value)).toEqual(['informeren', 'raadplegen', 'adviseren']);
    const bron = project.find((v) => v.name === 'bron')!;
    expect(bron.options).toEqual([
      { label: 'Kadernota', value: 'kadernota' satisfies Bron },
      { label: 'Voorbeeld (verzonnen)', value: 'voorbeeld' satisfies Bron },
    ]);
  });

  it('references as relations: wijken, project, and the open point of a survey question', () => {
    const project = veldenVanCollectie('projecten');
    expect(project.find((v) => v.name === 'wijken')).toMatchObject({
      widget: 'relation',
      collection: 'wijken',
      value_field: 'slug',
      multiple: true,
      min: 1,
    });
    const vragen = veldenVanCollectie('enquetes').find((v) => v.name === 'vragen')!;
    expect(vragen.types!.map((t) => t.name)).toEqual(['keuze', 'meerkeuze', 'schaal', 'janee', 'tekst']);
    for (const t of vragen.types!)
      expect(t.fields.find((v) => v.name === 'onderwerp')).toMatchObject({
        widget: 'relation',
        collection: 'projecten',
        value_field: 'invloed.open.*.id',
      });
    expect(veldenVanCollectie('avonden').find((v) => v.name === 'project')).toMatchObject({ widget: 'relation' });
    expect(veldenVanCollectie('acties').find((v) => v.name === 'wijk')).toMatchObject({ widget: 'relation' });
  });

  it('the influence card and phases as nested lists; geometry as a GeoJSON text field', () => {
    const project = veldenVanCollectie('projecten');
    const invloed = project.find((v) => v.name === 'invloed')!;
    expect(invloed.widget).toBe('object');
    const open = invloed.fields!.find((v) => v.name === 'open')!;
    expect(open.widget).toBe('list');
    expect(open.required, 'may be empty (informeren) but is always written').toBeUndefined();
    expect(invloed.fields!.find((v) => v.name === 'vast')).toMatchObject({ widget: 'list', min: 1 });
    expect(project.find((v) => v.name === 'fasen')).toMatchObject({ widget: 'list', min: 1 });
    const geometrie = project.find((v) => v.name === 'geometrie')!;
    expect(geometrie.widget, 'a plain text field: the code field lost the value of the first project').toBe('text');
    const patroon = new RegExp(geometrie.pattern![0]);
    expect(patroon.test('{"type":"Point","coordinates":[4.44,52.13]}')).toBe(true);
    expect(patroon.test('{"type":"Feature","geometry":{}}')).toBe(false);
  });

  it("the patterns the CMS checks while typing are the schemas' own rules (slug, day or time)", () => {
    const bericht = veldenVanCollectie('berichten');
    const van = new RegExp(bericht.find((v) => v.name === 'van')!.pattern![0]);
    for (const x of ['2027-03-15', '2027-03-15T07:00', '15-03-2027', '2027-03-15 07:00', '2027-03-15T7:00', ''])
      expect(van.test(x), x).toBe(dagOfTijdSchema.safeParse(x).success);
    const slug = new RegExp(veldenVanCollectie('wijken').find((v) => v.name === 'slug')!.pattern![0]);
    for (const x of ['noord-hofland', 'Noord-Hofland', 'noord--hofland', '-a', 'a1'])
      expect(slug.test(x), x).toBe(slugSchema.safeParse(x).success);
  });

  it('every collection has a Markdown body field', () => {
    for (const naam of cmsCollecties)
      expect(cmsCollectie(naam).fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', required: false });
  });
});
