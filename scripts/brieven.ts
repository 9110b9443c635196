/**
 * `npm run brieven -- <enquete> codes.csv brieven.pdf` — one PDF with one A4 letter per letter
 * code, for the mail merge-free printing of the letter to every address: the letter text (the
 * same as /enquetes/<slug>/brief/, from src/lib/brief.ts), the survey's address as text and QR
 * code, and the code in large type. codes.csv is the file `npm run codes` wrote (BOM, `;`, quoted
 * cells, header "code"). Made with pdfkit; a letter that does not fit on one page stops the run.
 * The PDF holds the codes in clear text: print it, then delete it together with codes.csv.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { normaliseerCode } from '../functions/lib/enquete-codes.ts';
import { leesEnquetes } from '../functions/lib/enquetes.ts';
import { inhoudMap, leesMdx } from '../functions/lib/inhoud.ts';
import { instellingen } from '../src/domain/instellingen.ts';
import { projectSchema, type Enquete, type Kaderpunt } from '../src/domain/schemas.ts';
import { briefInhoud, hulpTekst } from '../src/lib/brief.ts';
import { qrModules } from '../src/lib/qr.ts';

/**
 * The codes of a codes CSV, in file order. Accepts the BOM, `;` or `,`, quotes and CRLF; skips the
 * header and empty lines. Throws with the line number on anything that is not a valid code.
 */
export function leesCodes(csv: string): string[] {
  const codes: string[] = [];
  csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((regel, i) => {
      const cel = (regel.split(/[;,]/)[0] ?? '').trim().replace(/^"(.*)"$/, '$1');
      if (cel === '' || (i === 0 && cel.toLowerCase() === 'code')) return;
      if (!normaliseerCode(cel)) throw new Error(`Regel ${i + 1}: "${cel}" is geen geldige code.`);
      codes.push(cel);
    });
  return codes;
}

const mm = (x: number): number => (x * 72) / 25.4;

/** The letters as one PDF (A4, one page per code). `url` is the survey's full address. */
export function maakBrieven(
  enquete: Enquete,
  open: readonly Kaderpunt[],
  url: string,
  codes: readonly string[],
): Promise<Buffer> {
  if (codes.length === 0) return Promise.reject(new Error('Er staan geen codes in het bestand.'));
  const brief = briefInhoud(enquete, open, url);
  const qr = qrModules(url);
  const doc = new PDFDocument({
    size: 'A4',
    margin: mm(20),
    autoFirstPage: false,
    info: { Title: `Brieven: ${enquete.titel}`, Author: `Gemeente ${instellingen.gemeente}` },
  });
  let paginas = 0;
  doc.on('pageAdded', () => (paginas += 1));
  const delen: Buffer[] = [];
  doc.on('data', (d: Buffer) => delen.push(d));
  const klaar = new Promise<Buffer>((ok, mis) => {
    doc.on('end', () => ok(Buffer.concat(delen)));
    doc.on('error', mis);
  });
  const breedte = mm(170);
  const alinea = (tekst: string, opties: PDFKit.Mixins.TextOptions = {}): void => {
    doc.text(tekst, { width: breedte, ...opties });
    doc.moveDown(0.6);
  };

  codes.forEach((code, i) => {
    doc.addPage();
    doc.font('Helvetica').fontSize(10).fillColor('#4a5a50').text(`Gemeente ${instellingen.gemeente}`);
    doc.moveDown(1.2);
    doc.font('Helvetica-Bold').fontSize(18).fillColor('#000000');
    alinea(brief.titel);
    doc.font('Helvetica').fontSize(11);
    alinea(brief.aanhef);
    for (const t of brief.inleiding) alinea(t);
    if (brief.open.length > 0) {
      alinea('U kunt meedenken over:', { paragraphGap: 0 });
      doc.list(brief.open, { width: breedte, bulletRadius: 2, textIndent: 12 });
      doc.moveDown(0.6);
    }
    doc.font('Helvetica-Bold');
    alinea(brief.wanneer);
    doc.font('Helvetica');
    alinea(brief.meedoen);

    // The QR code with the address beside it, then the code in large type.
    const boven = doc.y + mm(2);
    const maat = mm(38);
    const module = maat / (qr.grootte + 8);
    doc.rect(mm(20), boven, maat, maat).fill('#ffffff');
    for (let y = 0; y < qr.grootte; y++)
      for (let x = 0; x < qr.grootte; x++)
        if (qr.donker(x, y)) doc.rect(mm(20) + (x + 4) * module, boven + (y + 4) * module, module, module);
    doc.fill('#000000');
    const rechts = mm(20) + maat + mm(6);
    doc
      .font('Helvetica')
      .fontSize(11)
      .text('Scan de QR-code of ga naar:', rechts, boven + mm(4), { width: mm(120) });
    doc.font('Helvetica-Bold').text(brief.url.replace(/^https?:\/\//, ''), { width: mm(120) });
    doc.moveDown(0.8);
    doc.font('Helvetica').text('Uw code:', { width: mm(120) });
    doc
      .font('Courier-Bold')
      .fontSize(28)
      .text(code, { width: mm(120) });
    doc.x = mm(20);
    doc.y = Math.max(doc.y, boven + maat) + mm(6);
    doc.font('Helvetica').fontSize(11);
    for (const t of [hulpTekst(brief), ...brief.afsluiting]) alinea(t, { paragraphGap: 0 });

    if (paginas !== i + 1) throw new Error('De brief past niet op één A4. Maak de intro van de enquête korter.');
  });
  doc.end();
  return klaar;
}

/** Reads the survey and its project from content and writes the letters PDF. */
export async function hoofd(args: string[], site = process.env['URL'] ?? instellingen.standaardSite): Promise<number> {
  const [slug, codesBestand, pdfBestand] = args;
  if (!slug || !codesBestand || !pdfBestand) {
    console.error('Gebruik: npm run brieven -- <enquete> codes.csv brieven.pdf');
    return 2;
  }
  const enquete = (await leesEnquetes()).find((e) => e.slug === slug);
  if (!enquete) {
    console.error(`Enquête "${slug}" bestaat niet in content/enquetes/.`);
    return 2;
  }
  if (!enquete.lettercode) {
    console.error(`Enquête "${slug}" werkt niet met codes: druk de brief af vanaf /enquetes/${slug}/brief/.`);
    return 2;
  }
  const project = (await leesMdx(inhoudMap('projecten'), projectSchema)).find((p) => p.slug === enquete.project);
  const open = (project?.invloed.open ?? []).filter((p) => enquete.vragen.some((v) => v.onderwerp === p.id));
  const codes = leesCodes(await readFile(codesBestand, 'utf8'));
  const pdf = await maakBrieven(enquete, open, `${site.replace(/\/$/, '')}/enquetes/${slug}/`, codes);
  await writeFile(pdfBestand, pdf, { mode: 0o600 });
  console.error(
    `${codes.length} brieven voor "${slug}" geschreven naar ${pdfBestand}. Verwijder het bestand na het drukken.`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  hoofd(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (fout: unknown) => {
      console.error(`brieven mislukt: ${fout instanceof Error ? fout.message : String(fout)}`);
      process.exit(1);
    },
  );
}
