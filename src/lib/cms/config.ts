/**
 * The whole Sveltia CMS configuration, served as /admin/config.yml (src/pages/admin/config.yml.ts).
 * One collection per content folder; the fields come from the domain schemas (velden.ts), so the
 * CMS writes what the build accepts, and the build's integrity check still guards every merge.
 *
 * - Backend: GitHub, signed in through our own OAuth function (/api/cms-auth, functions/cms-auth.ts);
 *   no Netlify Identity or Git Gateway. On localhost Sveltia also offers "work with local repository".
 * - Editorial workflow: every change is a pull request (draft → ready → published), so the deploy
 *   preview shows it before it is live.
 * - Output: YAML strings always double-quoted, so "2027-03-15" stays text (our schemas want dates
 *   of berichten as text), and empty optional fields are left out instead of written as "".
 */
import { actielijstSchema } from '../../domain/actie.ts';
import { avondSchema, berichtSchema, enqueteSchema, projectSchema, wijkSchema } from '../../domain/schemas.ts';
import type { z } from 'zod';
import { veldenVan, type CmsVeld } from './velden.ts';
import { cmsCollecties, veldtekstenVan, type CmsCollectie } from './veldteksten.ts';

export interface CmsOpties {
  /** "owner/name" of the GitHub repository with the content. */
  repo: string;
  /** The branch the site is built from. */
  branch: string;
  /** The site's origin, e.g. "https://wijkgericht.voorschoten.nl" (the OAuth function lives there). */
  site: string;
}

interface CollectieInstelling {
  label: string;
  label_singular: string;
  schema: z.ZodType;
  /** Field that names an entry in lists. */
  identifier_field: string;
  /** File name of a new entry (Sveltia template). */
  slug: string;
  summary?: string;
  /** Label of the Markdown text under the frontmatter; every content file may have one. */
  tekst: string;
  sortable_fields?: { fields: string[]; default: { field: string; direction: 'ascending' | 'descending' } };
  /** The page on the site, for the "view on site" link (Sveltia template). */
  preview_path?: string;
}

const instellingen: Record<CmsCollectie, CollectieInstelling> = {
  wijken: {
    label: 'Wijken',
    label_singular: 'wijk',
    schema: wijkSchema,
    identifier_field: 'naam',
    slug: '{{fields.slug}}',
    tekst: 'Over de wijk',
    preview_path: 'wijken/{{fields.slug}}/',
  },
  projecten: {
    label: 'Projecten',
    label_singular: 'project',
    schema: projectSchema,
    identifier_field: 'titel',
    slug: '{{fields.slug}}',
    tekst: 'Over het project',
    preview_path: 'projecten/{{fields.slug}}/',
  },
  avonden: {
    label: 'Informatieavonden',
    label_singular: 'informatieavond',
    schema: avondSchema,
    identifier_field: 'titel',
    slug: '{{fields.slug}}',
    summary: "{{titel}} ({{start | date('DD-MM-YYYY, HH:mm')}})",
    tekst: 'Over de avond',
    sortable_fields: { fields: ['start', 'titel'], default: { field: 'start', direction: 'descending' } },
    preview_path: 'avonden/{{fields.slug}}/',
  },
  enquetes: {
    label: 'Enquêtes',
    label_singular: 'enquête',
    schema: enqueteSchema,
    identifier_field: 'titel',
    slug: '{{fields.slug}}',
    tekst: 'Extra uitleg',
    preview_path: 'enquetes/{{fields.slug}}/',
  },
  berichten: {
    label: 'Berichten',
    label_singular: 'bericht',
    schema: berichtSchema,
    identifier_field: 'titel',
    slug: '{{titel}}',
    summary: "{{datum | date('DD-MM-YYYY')}} · {{titel}}",
    tekst: 'Bericht (een paar korte zinnen)',
    sortable_fields: { fields: ['datum', 'titel'], default: { field: 'datum', direction: 'descending' } },
  },
  acties: {
    label: 'Actielijsten',
    label_singular: 'actielijst',
    schema: actielijstSchema,
    identifier_field: 'wijk',
    slug: '{{fields.wijk}}-{{fields.gelegenheid.vorm}}-{{fields.gelegenheid.datum}}',
    summary: '{{wijk}}: {{gelegenheid.vorm}} {{gelegenheid.datum}}',
    tekst: 'Toelichting',
    preview_path: 'acties/{{fields.wijk}}/',
  },
};

/** The domain schema a collection's files must pass. */
export const schemaVan = (naam: CmsCollectie): z.ZodType => instellingen[naam].schema;

/** The collection with its fields (schema fields plus the Markdown body). */
export function cmsCollectie(naam: CmsCollectie): Record<string, unknown> & { fields: CmsVeld[] } {
  const { schema, tekst, ...rest } = instellingen[naam];
  return {
    name: naam,
    ...rest,
    folder: `content/${naam}`,
    extension: 'mdx',
    format: 'frontmatter',
    fields: [
      ...veldenVan(naam, schema, veldtekstenVan(naam)),
      { name: 'body', label: tekst, widget: 'markdown', required: false },
    ],
  };
}

/** The configuration object; `cmsConfigYaml` in the endpoint writes it as YAML. */
export function cmsConfig(opties: CmsOpties): Record<string, unknown> {
  return {
    backend: {
      name: 'github',
      repo: opties.repo,
      branch: opties.branch,
      base_url: opties.site,
      auth_endpoint: 'api/cms-auth',
      // Editors sign in with the GitHub button only (no pasted personal tokens).
      auth_methods: ['oauth'],
    },
    publish_mode: 'editorial_workflow',
    app_title: 'Wijkgericht Voorschoten – inhoud',
    logo: { src: '/favicon.svg' },
    site_url: opties.site,
    media_folder: 'public/media',
    public_folder: '/media',
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    slug: { encoding: 'ascii', clean_accents: true },
    collections: cmsCollecties.map(cmsCollectie),
  };
}
