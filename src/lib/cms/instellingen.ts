/** The collections of the CMS, one per content folder (a module without imports: the editor's script reads it). */
export const cmsCollecties = ['wijken', 'projecten', 'avonden', 'enquetes', 'berichten', 'acties'] as const;
export type CmsCollectie = (typeof cmsCollecties)[number];

/**
 * Where the CMS reads and writes content: the GitHub repository (CMS_REPO, "owner/name") and the
 * branch the site is built from (CMS_BRANCH, default "main"). Read at build time.
 */
export const standaardCmsRepo = 'gemeente-voorschoten/wijkgericht-voorschoten';

export function cmsRepo(env: Readonly<Record<string, string | undefined>>): { repo: string; branch: string } {
  // An empty variable counts as not set.
  const gezet = (naam: string): string | undefined => (env[naam] === '' ? undefined : env[naam]);
  return { repo: gezet('CMS_REPO') ?? standaardCmsRepo, branch: gezet('CMS_BRANCH') ?? 'main' };
}
