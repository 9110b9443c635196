/**
 * Content as the CMS writes it passes our schemas and the build's integrity check.
 *
 * 1. Every real content file, read and written back the way Sveltia CMS does (YAML 1.2 read,
 *    keys in the order of the config, strings double-quoted, the options of its formatter in
 *    src/lib/services/contents/file/format.js), is still accepted — so opening and saving an
 *    entry in the CMS never breaks the build.
 * 2. Fixtures in tests/fixtures/cms/ written in that format (new entries: an avond, a hinder
 *    bericht with a day and a time, a project with its geometry as a GeoJSON string) pass too,
 *    together with the real content.
 * The browser test (tests/browser/cms.test.ts) saves entries with the real editor and reads the
 * files back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { controleerInhoud, formatteerProblemen } from '../../../src/domain/integriteit.ts';
import { cmsCollectie, schemaVan } from '../../../src/lib/cms/config.ts';
import { cmsCollecties, type CmsCollectie } from '../../../src/lib/cms/veldteksten.ts';
import { leesInhoud } from '../../support/inhoud.ts';

const inhoudMap = resolve(import.meta.dirname, '../../../content');
const fixtureMap = resolve(import.meta.dirname, '../../fixtures/cms');

/** Splits an MDX file into frontmatter text and body. */
const splits = (tekst: string): { voorwerk: string; body: string } => {
  const [, voorwerk = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(tekst) ?? [];
  return { voorwerk, body };
};

/** An entry as Sveltia saves it: keys in config order, its YAML options, the body after a blank line. */
function alsCms(collectie: CmsCollectie, tekst: string): string {
  const { voorwerk, body } = splits(tekst);
  const data = parse(voorwerk) as Record<string, unknown>;
  const volgorde = cmsCollectie(collectie).fields.map((v) => v.name);
  const geordend = Object.fromEntries(volgorde.filter((k) => k in data).map((k) => [k, data[k]]));
  const kop = stringify(geordend, null, {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: 'QUOTE_DOUBLE',
    singleQuote: false,
  }).trim();
  return `---\n${kop}\n---\n${body.trim() ? `\n${body.trim()}\n` : ''}`;
}

/** Frontmatter read as Astro reads it (YAML 1.1), checked with the schema. */
function lees(collectie: CmsCollectie, naam: string, tekst: string) {
  const r = schemaVan(collectie).safeParse(parse(splits(tekst).voorwerk, { schema: 'yaml-1.1' }));
  if (!r.success)
    throw new Error(
      `${collectie}/${naam}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return { id: naam.replace(/\.mdx$/, ''), bestand: `${collectie}/${naam}`, data: r.data };
}

describe('content as the CMS writes it', () => {
  it.each(cmsCollecties)('%s: every file, saved again by the CMS, passes the schema unchanged', (collectie) => {
    for (const naam of readdirSync(join(inhoudMap, collectie)).filter((n) => n.endsWith('.mdx'))) {
      const origineel = readFileSync(join(inhoudMap, collectie, naam), 'utf8');
      const opnieuw = alsCms(collectie, origineel);
      expect(opnieuw).toMatch(/^---\n[a-zA-Z]+: "/); // the CMS's format, not the original text
      expect(lees(collectie, naam, opnieuw).data, naam).toEqual(lees(collectie, naam, origineel).data);
    }
  });

  it('a time without quotes would be read by Astro as a UTC instant: the CMS quotes it, so it stays Dutch time', () => {
    const avond = alsCms('avonden', readFileSync(join(inhoudMap, 'avonden/speelplek-bachlaan-2027-02.mdx'), 'utf8'));
    expect(avond).toContain('start: "2027-02-17T15:30"');
    const bericht = alsCms(
      'berichten',
      readFileSync(join(inhoudMap, 'berichten/bachlaan-ontwerp-vastgesteld.mdx'), 'utf8'),
    );
    expect(bericht).toMatch(/^datum: "\d{4}-\d{2}-\d{2}"$/m);
  });

  it('the fixtures in the CMS format pass the schemas and, with the real content, the integrity check', () => {
    const echt = leesInhoud();
    const nieuw = (collectie: CmsCollectie) =>
      readdirSync(join(fixtureMap, collectie)).map((naam) =>
        lees(collectie, naam, readFileSync(join(fixtureMap, collectie, naam), 'utf8')),
      );
    const projecten = nieuw('projecten');
    expect((projecten[0]?.data as { geometrie: unknown } | undefined)?.geometrie).toEqual({
      type: 'Point',
      coordinates: [4.428, 52.124],
    });
    const berichten = nieuw('berichten');
    expect(berichten[0]?.data).toMatchObject({ van: { heleDag: false }, tot: { heleDag: true } });
    const inhoud = {
      ...echt,
      projecten: [...echt.projecten, ...projecten],
      avonden: [...echt.avonden, ...nieuw('avonden')],
      berichten: [...echt.berichten, ...berichten],
    } as Parameters<typeof controleerInhoud>[0];
    const problemen = controleerInhoud(inhoud);
    expect(problemen, formatteerProblemen(problemen)).toEqual([]);
  });

  it('a broken GeoJSON string is refused with a plain message', () => {
    const tekst = readFileSync(join(fixtureMap, 'projecten/bankjes-adegeest.mdx'), 'utf8').replace(
      /^geometrie: .*$/m,
      'geometrie: "{\\"type\\":\\"Point\\",\\"coordinates\\":[4.428,52.124"',
    );
    expect(() => lees('projecten', 'kapot.mdx', tekst)).toThrow('Geen geldige GeoJSON');
  });
});
