/**
 * The CMS's own styles as one stylesheet from our origin, so /admin/ runs under the site's CSP
 * (style-src 'self', no 'unsafe-inline'). Sveltia CMS is built with Svelte, which puts each
 * component's CSS in a `<style>` element at run time; the CSP blocks those. Every such piece of
 * CSS is a literal `{ hash: 'svelte-…', code: '…' }` in the package's module, so we read them
 * there at build time and serve them as /admin/cms-stijl.css. The browser test of /admin/
 * (tests/browser/cms.test.ts) fails when a new Sveltia version stops matching.
 *
 * `svelteStijlen(js)`: JavaScript source text → the CSS texts, in source order. Throws on a
 * syntax error in `js`. `zonderExterneLettertypen(css)` drops @font-face rules that load from
 * another site (a CDN): Sveltia adds its fonts itself from our origin (FontFace API), and the
 * CDN rules are only its fallback.
 */
import { parse, type Expression, type Node, type ObjectExpression } from 'acorn';
import { simple } from 'acorn-walk';

const letterlijk = (n: Node): string | undefined => {
  if (n.type === 'Literal') {
    const w = (n as unknown as { value: unknown }).value;
    return typeof w === 'string' ? w : undefined;
  }
  if (n.type === 'TemplateLiteral') {
    const t = n as unknown as { expressions: Expression[]; quasis: { value: { cooked?: string | null } }[] };
    return t.expressions.length === 0 ? (t.quasis[0]?.value.cooked ?? undefined) : undefined;
  }
  return undefined;
};

export function svelteStijlen(js: string): string[] {
  const stijlen: string[] = [];
  simple(parse(js, { ecmaVersion: 'latest', sourceType: 'module' }), {
    ObjectExpression(o: ObjectExpression) {
      if (o.properties.length !== 2) return;
      const waarden = new Map<string, string | undefined>();
      for (const p of o.properties) {
        if (p.type !== 'Property' || p.computed) return;
        const sleutel = p.key.type === 'Identifier' ? p.key.name : letterlijk(p.key);
        if (sleutel) waarden.set(sleutel, letterlijk(p.value));
      }
      const hash = waarden.get('hash');
      const code = waarden.get('code');
      if (hash?.startsWith('svelte-') && code !== undefined) stijlen.push(code);
    },
  });
  return stijlen;
}

export const zonderExterneLettertypen = (css: string): string =>
  css.replace(/@font-face\s*\{[^}]*url\(\s*['"]?https?:[^}]*\}/g, '');
