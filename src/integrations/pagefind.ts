/**
 * Astro integration: after every build (also the test builds into temporary folders) Pagefind
 * indexes the built HTML and writes its search index to `<outDir>/pagefind/`.
 *
 * - Only what is inside `data-pagefind-body` (the <main> of src/layouts/Pagina.astro) is indexed,
 *   so the header, menu, breadcrumbs and footer never show up in results.
 * - The language comes from <html lang="nl">: Pagefind uses its Dutch stemmer.
 * - Pagefind's ready-made UI (pagefind-ui.*, modular and component UI) is removed: the site has
 *   its own result list (src/scripts/zoeken.ts), and those CSS files would count against the
 *   CSS budget.
 * - Before indexing, every built page gets a line break after the end tag of each block element
 *   that is directly followed by a tag (`scheidBlokken`). Astro's compressHTML drops the line breaks
 *   between tags, and Pagefind joins the text of adjacent elements it does not treat as blocks
 *   (<dt>/<dd>, cells, captions…): "Wie beslist</dt><dd>Het college" became "Wie beslistHet college"
 *   in excerpts. Whitespace between block boxes does not change how a page looks.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Files of Pagefind's own UI, which the site does not use. */
export function isPagefindUi(naam: string): boolean {
  return /^pagefind-(ui|modular-ui|component-ui|highlight)\b/.test(naam) || naam.endsWith('.css');
}

/** Block elements whose end tag gets a line break after it; never inline ones (a, span, label…). */
const blokken =
  'address|blockquote|caption|dd|dl|dt|figcaption|h[1-6]|legend|li|ol|p|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const blokEinde = new RegExp(`(</(?:${blokken})>)(?=<)`, 'g');

/**
 * `html` with a line break after every block end tag that a tag follows directly:
 * `<dt>Wie</dt><dd>Het</dd>` → `<dt>Wie</dt>\n<dd>Het</dd>`. Leaves text and inline elements alone.
 */
export function scheidBlokken(html: string): string {
  return html.replace(blokEinde, '$1\n');
}

function htmlBestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return htmlBestanden(pad);
    return naam.endsWith('.html') ? [pad] : [];
  });
}

/** Indexes the HTML in `map` and writes the index to `map/pagefind/`. Returns the number of pages. */
export async function maakZoekindex(map: string): Promise<number> {
  for (const bestand of htmlBestanden(map)) writeFileSync(bestand, scheidBlokken(readFileSync(bestand, 'utf8')));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const toegevoegd = await index.addDirectory({ path: map });
    if (toegevoegd.errors.length > 0) throw new Error(`Pagefind: ${toegevoegd.errors.join('; ')}`);
    const uitvoer = join(map, 'pagefind');
    const geschreven = await index.writeFiles({ outputPath: uitvoer });
    if (geschreven.errors.length > 0) throw new Error(`Pagefind: ${geschreven.errors.join('; ')}`);
    for (const naam of readdirSync(uitvoer)) if (isPagefindUi(naam)) rmSync(join(uitvoer, naam));
    return toegevoegd.page_count;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegratie(): AstroIntegration {
  return {
    name: 'wijk-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const paginas = await maakZoekindex(fileURLToPath(dir));
        logger.info(`zoekindex: ${paginas} pagina's in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      },
    },
  };
}
