/**
 * `npm run brieven`: one A4 page per letter code, each with its own code, the survey's address
 * and a QR code; read back from the PDF with unpdf. The codes file is the one `npm run codes` writes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it, vi } from 'vitest';
import { enqueteSchema } from '../../src/domain/schemas.ts';
import { codesCsv } from '../../scripts/codes.ts';
import { hoofd, leesCodes, maakBrieven } from '../../scripts/brieven.ts';
import { voorbeeldEnquete } from '../domain/voorbeelden.ts';

async function lees(pdf: Uint8Array): Promise<{ paginas: number; tekst: string[] }> {
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return { paginas: totalPages, tekst: text.map((t) => t.replace(/\s+/g, ' ')) };
}

const codes = ['ABCDE-FGHJK', 'MNPQR-STUVW', 'XYZ23-45678'];

describe('npm run brieven', () => {
  it('reads the codes file of npm run codes (BOM, ;, quotes) and refuses a wrong code with its line', () => {
    expect(leesCodes(codesCsv(codes))).toEqual(codes);
    expect(() => leesCodes('code\nABCDE-FGHJK\nhallo\n')).toThrow(/Regel 3: "hallo" is geen geldige code/);
  });

  it('makes one page per code, each with its code, the address and the letter text', async () => {
    const enquete = enqueteSchema.parse({ ...voorbeeldEnquete(), lettercode: true });
    const pdf = await maakBrieven(
      enquete,
      [{ id: 'bomen', tekst: 'Welke bomen er komen.' }],
      'https://site.example/enquetes/x/',
      codes,
    );
    const { paginas, tekst } = await lees(pdf);
    expect(paginas).toBe(codes.length);
    tekst.forEach((t, i) => {
      expect(t).toContain(codes[i]);
      for (const ander of codes.filter((_, j) => j !== i)) expect(t).not.toContain(ander);
      expect(t).toContain('site.example/enquetes/x/');
      expect(t).toContain('Beste bewoner,');
      expect(t).toContain('Welke bomen er komen.');
    });
  });

  it('writes the PDF for a real survey from content, and refuses a survey without codes', async () => {
    const map = mkdtempSync(join(tmpdir(), 'brieven-'));
    writeFileSync(join(map, 'codes.csv'), codesCsv(codes));
    const stil = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const uit = join(map, 'brieven.pdf');
      await expect(
        hoofd(['herinrichting-jan-evertsenlaan', join(map, 'codes.csv'), uit], 'https://wijk.example'),
      ).resolves.toBe(0);
      const { paginas, tekst } = await lees(readFileSync(uit));
      expect(paginas).toBe(3);
      expect(tekst[1]).toContain('MNPQR-STUVW');
      expect(tekst[1]).toContain('wijk.example/enquetes/herinrichting-jan-evertsenlaan/');
      await expect(hoofd(['buurthuis-vlietwijk', join(map, 'codes.csv'), uit])).resolves.toBe(2);
    } finally {
      stil.mockRestore();
    }
  });
});
