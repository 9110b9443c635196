/**
 * The coördinator's CSV files for Dutch office software: `;` between cells, a BOM, every cell
 * quoted, CRLF, dates in Amsterdam time, and a guard against formulas (also full-width and
 * other look-alike leading characters).
 */
import { describe, expect, it } from 'vitest';
import { csvCel, csvTekst } from '../../../functions/lib/beheer.ts';

describe('csvCel (formula guard)', () => {
  it('neutralises every leading character a spreadsheet reads as the start of a formula', () => {
    for (const gevaarlijk of [
      '=SOM(A1)',
      '+31 6 1234',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '\n=1',
      '\0=1',
      '\uFF1D1+1', // full-width =
      '\uFF0B1', // full-width +
      '\uFF0D1', // full-width -
      '\uFF20SUM(A1)', // full-width @
      '\u22121+1', // minus sign
      ' =1+1',
      '  @SUM(A1)',
      '\u00A0=1', // no-break space
      '\u3000\uFF1D1', // ideographic space, full-width =
    ]) {
      expect(csvCel(gevaarlijk), JSON.stringify(gevaarlijk)).toBe(`'${gevaarlijk}`);
    }
  });

  it('leaves ordinary text, numbers and empty cells alone', () => {
    expect(csvCel('Jan Jansen')).toBe('Jan Jansen');
    expect(csvCel('Waar komt de boom? = vraag')).toBe('Waar komt de boom? = vraag');
    expect(csvCel(2)).toBe('2');
    expect(csvCel(null)).toBe('');
    expect(csvCel(undefined)).toBe('');
  });

  it('writes an instant as Amsterdam wall-clock time that Dutch spreadsheets read as a date', () => {
    expect(csvCel(new Date('2027-02-20T12:00:00Z'))).toBe('2027-02-20 13:00');
    expect(csvCel(new Date('2027-04-09T22:30:00Z'))).toBe('2027-04-10 00:30');
  });
});

describe('csvTekst', () => {
  it('uses ; between cells, a BOM, quotes every cell (doubling quotes) and ends rows with CRLF', () => {
    expect(
      csvTekst([
        ['naam', 'vraag', 'personen'],
        ['Bob', 'Waar komt "de" boom; en wanneer?', 1],
        ['Ans', '=SOM(A1)', 2],
        ['', null, 0],
      ]),
    ).toBe(
      '\ufeff"naam";"vraag";"personen"\r\n' +
        '"Bob";"Waar komt ""de"" boom; en wanneer?";"1"\r\n' +
        '"Ans";"\'=SOM(A1)";"2"\r\n' +
        '"";"";"0"\r\n',
    );
  });

  it('keeps line breaks inside a quoted cell', () => {
    expect(csvTekst([['regel 1\nregel 2']])).toBe('\ufeff"regel 1\nregel 2"\r\n');
  });
});
