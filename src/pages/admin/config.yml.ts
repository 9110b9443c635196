/**
 * /admin/config.yml — the Sveltia CMS configuration, generated at build time from the domain
 * schemas (src/lib/cms/config.ts). CMS_REPO ("owner/name") and CMS_BRANCH say where the content
 * lives; the site address (Astro `site`, from URL on Netlify) is where the OAuth function runs.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../lib/cms/config.ts';
import { cmsRepo } from '../../lib/cms/instellingen.ts';

export const GET: APIRoute = ({ site }) => {
  const config = cmsConfig({ ...cmsRepo(process.env), site: (site?.origin ?? '').replace(/\/$/, '') });
  const kop =
    "# Gemaakt bij de bouw uit de schema's in src/domain/ (src/lib/cms/config.ts). Niet met de hand aanpassen.\n";
  return new Response(kop + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }), {
    headers: { 'content-type': 'application/yaml; charset=utf-8' },
  });
};
