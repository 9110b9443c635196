// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeNlds } from './src/lib/rehype-nlds.ts';
import pagefind from './src/integrations/pagefind.ts';
import { kleinePreload } from './src/integrations/preload.ts';
import { instellingen } from './src/domain/instellingen.ts';

export default defineConfig({
  site: process.env['URL'] ?? instellingen.standaardSite,
  // The tests build into temporary folders (UITVOER_MAP, CACHE_MAP) so they never touch dist/.
  outDir: process.env['UITVOER_MAP'] ?? './dist',
  cacheDir: process.env['CACHE_MAP'] ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // MDX inherits this unified pipeline; rehypeNlds puts NL Design System classes on the HTML.
  markdown: { processor: unified({ rehypePlugins: [rehypeNlds] }) },
  // pagefind: after every build, the search index in <outDir>/pagefind/ (src/integrations/pagefind.ts).
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
  // A small dynamic-import helper instead of Vite's (src/integrations/preload.ts): keeps the loaders
  // behind data-laadt within the 1.5 kB budget.
  vite: {
    plugins: [kleinePreload()],
    build: {
      // The map chunk (MapLibre, ~1.1 MB minified) loads only when a resident asks for the map;
      // `npm run budgets` prints what it costs. Warn only if a chunk grows beyond these two.
      // The content editor at /admin/ (Sveltia CMS, ~2.1 MB minified) is staff-only and loads
      // only there.
      chunkSizeWarningLimit: 2200,
      rolldownOptions: {
        // MDX modules start with Astro's own "use astro:head-inject" directive; the bundler warns
        // once per file that it may drop it, which is harmless (Astro injects the head itself).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
