/**
 * rehype plugin: puts NL Design System (Utrecht component) classes on the plain HTML that
 * Markdown/MDX produces, so content looks like the rest of the site without hand-written classes.
 *
 * Existing classes are kept; the NLDS class is appended (once). Links get only `utrecht-link`:
 * external links (other host) get no target, rel or icon either.
 * MDX components (JSX) are not `element` nodes and are left alone.
 */
import type { Element, Properties, Root } from 'hast';
import { visit } from 'unist-util-visit';

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

/** The plugin (no options): `unified().use(rehypeNlds)` or `rehypePlugins: [rehypeNlds]`. */
export function rehypeNlds() {
  return function transformer(tree: Root): undefined {
    visit(tree, 'element', (node, _index, parent) => {
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
