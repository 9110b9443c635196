// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeNlds } from './src/lib/rehype-nlds.ts';

export default defineConfig({
  site: process.env['URL'] ?? 'https://wijkgericht.voorschoten.example',
  outDir: process.env['UITVOER_MAP'] ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // MDX inherits this unified pipeline; rehypeNlds puts NL Design System classes on the HTML.
  markdown: { processor: unified({ rehypePlugins: [rehypeNlds] }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
