/**
 * QR codes for printed material, made at build time with `qrcode` (no JavaScript in the page):
 * `qrSvg` for the poster and letter pages, `qrModules` for the letters PDF (scripts/brieven.ts),
 * so both encode the same address the same way.
 */
import QRCode from 'qrcode';

/** Error correction M (15 %): survives a crease or a smudge on a printed letter. */
const opties = { errorCorrectionLevel: 'M' } as const;

const attribuut = (tekst: string): string => tekst.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * An SVG QR code for `url` with a quiet zone of 4 modules, `maat` CSS pixels wide, role="img" and
 * `label` as its accessible name. Attributes only (no style), so it is CSP-safe.
 */
export async function qrSvg(url: string, label: string, maat = 160): Promise<string> {
  const svg = await QRCode.toString(url, { ...opties, type: 'svg', margin: 4 });
  return svg.replace(
    '<svg ',
    `<svg width="${maat}" height="${maat}" role="img" aria-label="${attribuut(label)}" focusable="false" `,
  );
}

/** The modules of the QR code for `url`: `grootte` × `grootte`, `donker(x, y)` true for a dark module. */
export function qrModules(url: string): { grootte: number; donker: (x: number, y: number) => boolean } {
  const { modules } = QRCode.create(url, opties);
  return { grootte: modules.size, donker: (x, y) => Boolean(modules.get(y, x)) };
}
