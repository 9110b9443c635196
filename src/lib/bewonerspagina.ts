/**
 * Which built pages are for residents. The content editor at /admin/ (Sveltia CMS) is a staff
 * tool inside the same build: it has no site frame, breadcrumbs, search entry, sitemap line or
 * size budget, and runs a large script. Tests and `npm run budgets` that check "every page" check
 * every resident page; /admin/ has its own tests (tests/browser/cms.test.ts) and is still in the
 * axe and reflow scan.
 */
export const beheerMappen = ['admin/'] as const;

/** `pad`: a page's path relative to dist, with forward slashes ("wijken/centrum/index.html"). */
export const isBewonersPagina = (pad: string): boolean => !beheerMappen.some((map) => pad.startsWith(map));
