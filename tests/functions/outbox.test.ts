/**
 * The outbox sender against a local SMTP server (`smtp-server`, on 127.0.0.1): a sign-up's e-mail
 * is delivered once with its calendar file, the address and text are wiped afterwards, a failing
 * SMTP server leaves the mail waiting for the next run. Without SMTP nothing is sent.
 */
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maakAanmeldHandler } from '../../functions/aanmelden.ts';
import type { Db } from '../../functions/lib/db.ts';
import { bezorg, bezorgAlsIngesteld, zetInOutbox } from '../../functions/lib/outbox.ts';
import { vrijePoort } from '../browser/stack.ts';
import { jsonPost, nieuweDatabase, testAvond, testDiensten, verbind } from '../support/database.ts';

const server = inject('pgServerUrl');

interface Ontvangen {
  van: string;
  aan: string[];
  data: string;
}

async function startSmtp(weiger = false): Promise<{ url: string; ontvangen: Ontvangen[]; stop: () => Promise<void> }> {
  const ontvangen: Ontvangen[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, sessie, klaar) {
      let data = '';
      stream.on('data', (d: Buffer) => (data += d.toString()));
      stream.on('end', () => {
        if (weiger) {
          klaar(Object.assign(new Error('Mailbox vol'), { responseCode: 452 }));
          return;
        }
        ontvangen.push({
          van: sessie.envelope.mailFrom ? sessie.envelope.mailFrom.address : '',
          aan: sessie.envelope.rcptTo.map((r) => r.address),
          data,
        });
        klaar();
      });
    },
  });
  const poort = await vrijePoort();
  await new Promise<void>((r) => smtp.listen(poort, '127.0.0.1', () => r()));
  return { url: `smtp://127.0.0.1:${poort}`, ontvangen, stop: () => new Promise((r) => smtp.close(() => r())) };
}

describe.runIf(server)('outbox and SMTP (real PostgreSQL, local SMTP server)', () => {
  let db: Db;
  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 5);
  });
  afterAll(() => db.close());

  it('delivers each e-mail once, with the .ics, then wipes address and text; failures wait for the next run', async () => {
    const h = maakAanmeldHandler(testDiensten(db, [testAvond()]));
    await h(jsonPost('/api/avonden/testavond/aanmeldingen', { naam: 'Mila', email: 'mila@voorbeeld.nl', personen: 1 }));

    // Without SMTP_URL nothing is sent and the mail stays readable locally.
    const vorige = process.env['SMTP_URL'];
    delete process.env['SMTP_URL'];
    expect(await bezorgAlsIngesteld(db)).toBeUndefined();
    if (vorige !== undefined) process.env['SMTP_URL'] = vorige;

    const kapot = await startSmtp(true);
    expect(await bezorg(db, { smtpUrl: kapot.url, afzender: 'test@voorschoten.example' })).toEqual({
      verzonden: 0,
      mislukt: 1,
    });
    await kapot.stop();
    const [wacht] = await db.query<{ verzonden: Date | null; pogingen: number; fout: string; aan: string }>(
      'SELECT verzonden, pogingen, fout, aan FROM uitgaande_mail',
    );
    expect(wacht).toEqual({ verzonden: null, pogingen: 1, fout: 'SMTP-fout 452', aan: 'mila@voorbeeld.nl' });

    const smtp = await startSmtp();
    expect(await bezorg(db, { smtpUrl: smtp.url, afzender: 'test@voorschoten.example' })).toEqual({
      verzonden: 1,
      mislukt: 0,
    });
    expect(await bezorg(db, { smtpUrl: smtp.url, afzender: 'test@voorschoten.example' })).toEqual({
      verzonden: 0,
      mislukt: 0,
    });
    await smtp.stop();
    expect(smtp.ontvangen).toHaveLength(1);
    const mail = smtp.ontvangen[0]!;
    expect(mail.aan).toEqual(['mila@voorbeeld.nl']);
    expect(mail.data).toMatch(/^Subject: Aangemeld: Testavond/m);
    expect(mail.data).toContain('text/calendar');
    expect(mail.data.replace(/=\r\n/g, '')).toMatch(/\/api\/aanmeldingen\/[A-Za-z0-9_-]{43}/); // quoted-printable soft breaks
    const [na] = await db.query<{ aan: string | null; tekst: string | null; verzonden: Date | null }>(
      'SELECT aan, tekst, verzonden FROM uitgaande_mail',
    );
    expect(na?.aan).toBeNull();
    expect(na?.tekst).toBeNull();
    expect(na?.verzonden).toBeInstanceOf(Date);
  });

  it('delivers an alert with its HTML part and the one-click unsubscribe headers (RFC 8058), then wipes them', async () => {
    await db.query('DELETE FROM uitgaande_mail');
    const afmeld = 'https://wijk.test/api/volgen/afmelden/' + 'a'.repeat(43);
    await zetInOutbox(db, null, 'noor@voorbeeld.nl', {
      soort: 'volgen-nieuws',
      onderwerp: 'Nieuws over Voorstraat',
      tekst: 'Er is nieuws.',
      html: '<p>Er is nieuws.</p>',
      afmeldUrl: afmeld,
    });
    const smtp = await startSmtp();
    expect(await bezorg(db, { smtpUrl: smtp.url, afzender: 'test@voorschoten.example' })).toEqual({
      verzonden: 1,
      mislukt: 0,
    });
    await smtp.stop();
    const data = smtp.ontvangen[0]!.data.replace(/\r\n[ \t]+/g, ' '); // unfold headers (RFC 5322)
    expect(data).toContain(`List-Unsubscribe: <${afmeld}>`);
    expect(data).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(data).toContain('text/html');
    expect(data).toContain('text/plain');
    const [na] = await db.query<{ html: string | null; afmeld_url: string | null }>(
      'SELECT html, afmeld_url FROM uitgaande_mail',
    );
    expect(na).toEqual({ html: null, afmeld_url: null });
  });
});
