/**
 * The built HTML works under the Content-Security-Policy in netlify.toml (script-src 'self',
 * style-src 'self'): no inline scripts, no event-handler attributes, no javascript: URLs,
 * no <style> elements and no style="" attributes — all of those would be blocked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { isUitvoerbaar } from '../../scripts/budgets.ts';

const dist = inject('distMap');

function htmlBestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return htmlBestanden(pad);
    return naam.endsWith('.html') ? [pad] : [];
  });
}

const paginas = htmlBestanden(dist).map((b) => ({ naam: relative(dist, b), html: readFileSync(b, 'utf8') }));

describe('HTML that the CSP allows', () => {
  it('finds the pages', () => expect(paginas.length).toBeGreaterThan(30));

  it("no inline <script> (script-src 'self')", () => {
    const fout = paginas.flatMap(({ naam, html }) =>
      parse(html)
        .querySelectorAll('script')
        .filter((s) => isUitvoerbaar(s.getAttribute('type')) && s.getAttribute('src') === undefined)
        .map(() => naam),
    );
    expect(fout).toEqual([]);
  });

  it('no event-handler attributes (onclick=…) and no javascript: URLs', () => {
    const fout = paginas.flatMap(({ naam, html }) =>
      parse(html)
        .querySelectorAll('*')
        .filter(
          (el) =>
            Object.keys(el.attributes).some((a) => /^on[a-z]+$/i.test(a)) ||
            ['href', 'src', 'action', 'formaction'].some((a) => /^\s*javascript:/i.test(el.getAttribute(a) ?? '')),
        )
        .map((el) => `${naam}: <${el.rawTagName}>`),
    );
    expect(fout).toEqual([]);
  });

  it('no style="" attributes and no <style> elements (style-src \'self\')', () => {
    expect(paginas.filter(({ html }) => / style="/i.test(html) || / style='/i.test(html)).map((p) => p.naam)).toEqual(
      [],
    );
    expect(paginas.filter(({ html }) => parse(html).querySelectorAll('[style]').length > 0).map((p) => p.naam)).toEqual(
      [],
    );
    expect(paginas.filter(({ html }) => parse(html).querySelectorAll('style').length > 0).map((p) => p.naam)).toEqual(
      [],
    );
  });
});
