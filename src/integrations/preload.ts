/**
 * Vite plugin: a small replacement for Vite's dynamic-import preload helper (`__vitePreload`).
 *
 * Every page script that loads real code later with `import()` (the loaders behind
 * data-laadt="kaart" | "zoeken" | "formulier") would otherwise carry Vite's helper: about 0.9 kB
 * gzip of the 1.5 kB budget for JavaScript before any user action. This one only does what the
 * site needs: it adds the stylesheets a lazily loaded chunk imports (e.g. a map library's CSS) as
 * <link rel="stylesheet">, waits for them, then imports the chunk. The chunk's own JavaScript
 * dependencies load through its static imports (no modulepreload hints: a short waterfall after the
 * resident acted).
 */
import type { Plugin } from 'vite';

const helperId = '\0vite/preload-helper.js';

/** The helper's code: `__vitePreload(laad, deps)`, deps relative to the site root ("_astro/x.css"). */
export const preloadCode = `export const __vitePreload = (laad, deps) =>
  Promise.all(
    (deps || [])
      .filter((d) => d.endsWith('.css'))
      .map((d) => {
        const href = '/' + d;
        if (document.querySelector('link[href="' + href + '"]')) return undefined;
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        document.head.append(link);
        return new Promise((klaar) => (link.onload = link.onerror = klaar));
      }),
  ).then(laad);`;

export function kleinePreload(): Plugin {
  return {
    name: 'wijk-kleine-preload',
    enforce: 'pre',
    load(id) {
      return id === helperId ? preloadCode : undefined;
    },
  };
}
