/**
 * Phone numbers and e-mail addresses are links a resident on a phone can tap: every phone number
 * in the built pages (and in pages the functions render) is inside a tel: link with its E.164
 * number, every e-mail address inside a mailto: link to that address.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TextNode, type Node } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { telefoonUri } from '../../src/domain/contactroutes.ts';

const dist = inject('distMap');
const basis = inject('basisUrl');

function htmlBestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return htmlBestanden(pad);
    return naam.endsWith('.html') ? [pad] : [];
  });
}

const emailPatroon = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Dutch numbers as people write them: 071 560 06 00, 0900-8844, +31 71 …, and the short 14 071. */
const telefoonPatroon = /(?<![\w/.,-])(?:(?:\+31|0)[1-9](?:[ -]?\d){6,10}|14 ?0\d{2,3})(?![\d,.]\d)/g;

/** Phone numbers and e-mail addresses in the page's text that are not inside the right link. */
function losseContactgegevens(html: string): string[] {
  const los: string[] = [];
  const loop = (knoop: Node): void => {
    for (const kind of knoop.childNodes) {
      if (kind instanceof TextNode) {
        const href = kind.parentNode?.closest('a[href]')?.getAttribute('href') ?? '';
        for (const m of kind.rawText.match(emailPatroon) ?? []) if (href !== `mailto:${m}`) los.push(m);
        for (const m of kind.rawText.match(telefoonPatroon) ?? []) if (href !== telefoonUri(m)) los.push(m);
      } else if (!['script', 'style'].includes((kind as { rawTagName?: string }).rawTagName ?? '')) loop(kind);
    }
  };
  loop(parse(html));
  return los;
}

describe('phone numbers and e-mail addresses', () => {
  it('the check finds a bare number and address, and accepts them as links', () => {
    expect(losseContactgegevens('<p>Bel 14 071 of 0900-8844, of mail info@voorschoten.example.</p>')).toEqual([
      'info@voorschoten.example',
      '14 071',
      '0900-8844',
    ]);
    expect(
      losseContactgegevens(
        '<p><a href="tel:14071">14 071</a>, <a href="tel:+319008844">0900-8844</a>, <a href="mailto:a@b.example">a@b.example</a>. Postcode 2253 VA, 1.900 inwoners, 2027.</p>',
      ),
    ).toEqual([]);
  });

  it('are tel: and mailto: links on every built page', () => {
    const fouten = htmlBestanden(dist).flatMap((b) =>
      losseContactgegevens(readFileSync(b, 'utf8')).map((m) => `${relative(dist, b)}: ${m}`),
    );
    expect(fouten).toEqual([]);
  });

  it('the home page and the footer link the servicepunt: tel:14071 and its mailto:', () => {
    const doc = parse(readFileSync(join(dist, 'index.html'), 'utf8'));
    const hrefs = (sel: string) => doc.querySelectorAll(`${sel} a`).map((a) => a.getAttribute('href'));
    expect(hrefs('main')).toContain('tel:14071');
    expect(hrefs('footer')).toEqual(expect.arrayContaining(['tel:14071', 'mailto:servicepunt@voorschoten.example']));
  });

  it.each(['/api/enquetes/groen-veurseweg/resultaten', '/api/straat?q=bestaat-niet'])(
    'are links on pages the functions render too (%s)',
    async (pad) => {
      const html = await (await fetch(`${basis}${pad}`, { headers: { accept: 'text/html' } })).text();
      expect(html).toContain('<footer');
      expect(losseContactgegevens(html)).toEqual([]);
    },
  );
});
