/**
 * rehype plugin: puts NL Design System (Utrecht component) classes on the plain HTML that
 * Markdown/MDX produces, so content looks like the rest of the site without hand-written classes.
 *
 * Existing classes are kept; the NLDS class is appended (once). Links get only `utrecht-link`:
 * external links (other host) get no target, rel or icon either.
 * Tables go into the focusable, labelled scroll container of src/lib/tabel.ts (named by their
 * caption, else "Tabel"), like every other table on the site.
 * MDX components (JSX) are not `element` nodes and are left alone.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { tabelKlasse } from './tabel.ts';

/** Tag name → class, for elements whose class does not depend on their parent. */
const KLASSEN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    h1: 'utrecht-heading-1',
    h2: 'utrecht-heading-2',
    h3: 'utrecht-heading-3',
    p: 'utrecht-paragraph',
    a: 'utrecht-link',
    ul: 'utrecht-unordered-list',
    ol: 'utrecht-ordered-list',
    table: 'utrecht-table',
    thead: 'utrecht-table__header',
    tbody: 'utrecht-table__body',
    tr: 'utrecht-table__row',
    th: 'utrecht-table__header-cell',
    td: 'utrecht-table__cell',
    blockquote: 'utrecht-blockquote',
  }),
);

/** Class for an <li>, by the list it is in. */
const LIJST_ITEM: ReadonlyMap<string, string> = new Map([
  ['ul', 'utrecht-unordered-list__item'],
  ['ol', 'utrecht-ordered-list__item'],
]);

function klassenVan(properties: Properties): string[] {
  // Typed as string[], but other plugins sometimes leave a plain string here.
  const huidig: unknown = properties.className;
  if (Array.isArray(huidig)) return huidig.map(String);
  if (typeof huidig === 'string') return huidig.split(/\s+/).filter(Boolean);
  return [];
}

function voegKlasToe(node: Element, klas: string): void {
  const klassen = klassenVan(node.properties);
  if (!klassen.includes(klas)) klassen.push(klas);
  node.properties.className = klassen;
}

function tekstVan(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(tekstVan).join('') : '';
}

/** The scroll container around a table (see src/lib/tabel.ts). */
function tabelHouder(tabel: Element): Element {
  const caption = tabel.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  const label = caption ? tekstVan(caption).replace(/\s+/g, ' ').trim() : '';
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: [tabelKlasse], tabIndex: 0, role: 'region', ariaLabel: label || 'Tabel' },
    children: [tabel],
  };
}

/** The plugin (no options): `unified().use(rehypeNlds)` or `rehypePlugins: [rehypeNlds]`. */
export function rehypeNlds() {
  return function transformer(tree: Root): undefined {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'table' && parent && index !== undefined) {
        const inHouder = parent.type === 'element' && klassenVan(parent.properties).includes(tabelKlasse);
        if (!inHouder) parent.children[index] = tabelHouder(node);
      }
      const klas =
        node.tagName === 'li'
          ? parent?.type === 'element'
            ? LIJST_ITEM.get(parent.tagName)
            : undefined
          : KLASSEN.get(node.tagName);
      if (klas) voegKlasToe(node, klas);
    });
  };
}
