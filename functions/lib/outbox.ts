/**
 * Transactional outbox. A sign-up and its e-mail are written in one transaction (`zetInOutbox`
 * takes the transaction's querier); `bezorg` delivers waiting e-mails over SMTP (nodemailer) when
 * SMTP_URL is set. Without SMTP_URL nothing is sent and the e-mails stay readable locally at
 * GET /api/dev/outbox (functions/dev-outbox.ts, closed in production).
 *
 * After delivery the address and text are wiped: the row then only says that a mail went out.
 * Errors are recorded without the address (never log names, addresses or tokens).
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { Mail } from './berichten.ts';
import type { Db, Querier } from './db.ts';

/** Writes one e-mail to the outbox; `avond` is null for a mail that belongs to no avond (staff sign-in). */
export async function zetInOutbox(tx: Querier, avond: string | null, aan: string, mail: Mail): Promise<void> {
  await zetAlleInOutbox(tx, [{ avond, aan, mail }]);
}

/** Several e-mails in one statement (the alert run writes hundreds per transaction). */
export async function zetAlleInOutbox(
  tx: Querier,
  mails: readonly { avond: string | null; aan: string; mail: Mail }[],
): Promise<void> {
  if (mails.length === 0) return;
  const kolom = (f: (m: (typeof mails)[number]) => string | null) => mails.map(f);
  await tx.query(
    `INSERT INTO uitgaande_mail (avond, soort, aan, onderwerp, tekst, ics, html, afmeld_url)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
    [
      kolom((m) => m.avond),
      kolom((m) => m.mail.soort),
      kolom((m) => m.aan),
      kolom((m) => m.mail.onderwerp),
      kolom((m) => m.mail.tekst),
      kolom((m) => m.mail.ics ?? null),
      kolom((m) => m.mail.html ?? null),
      kolom((m) => m.mail.afmeldUrl ?? null),
    ],
  );
}

export interface OutboxMail {
  id: number;
  avond: string | null;
  soort: string;
  aan: string | null;
  onderwerp: string | null;
  tekst: string | null;
  ics: string | null;
  html: string | null;
  afmeld_url: string | null;
  aangemaakt: Date;
  verzonden: Date | null;
}

/** The newest e-mails, for the local development page. */
export async function leesOutbox(db: Querier, limiet = 50): Promise<OutboxMail[]> {
  const rijen = await db.query<OutboxMail & { id: string }>(
    'SELECT id, avond, soort, aan, onderwerp, tekst, ics, html, afmeld_url, aangemaakt, verzonden FROM uitgaande_mail ORDER BY id DESC LIMIT $1',
    [limiet],
  );
  return rijen.map((r) => ({ ...r, id: Number(r.id) }));
}

export interface BezorgOpties {
  smtpUrl: string;
  afzender: string;
  limiet?: number;
  /** For tests: a ready transporter instead of one made from smtpUrl. */
  transporter?: Transporter;
}

const maxPogingen = 10;

/**
 * Delivers up to `limiet` waiting e-mails. Each is claimed with FOR UPDATE SKIP LOCKED inside
 * its own transaction, so two senders never send the same mail. Returns what happened.
 */
export async function bezorg(db: Db, opties: BezorgOpties): Promise<{ verzonden: number; mislukt: number }> {
  const transporter = opties.transporter ?? createTransport(opties.smtpUrl);
  let verzonden = 0;
  let mislukt = 0;
  let vanaf = '0'; // each mail at most once per run
  for (let i = 0; i < (opties.limiet ?? 20); i++) {
    const uitkomst = await db.transaction(async (tx) => {
      const [mail] = await tx.query<{
        id: string;
        aan: string;
        onderwerp: string;
        tekst: string;
        ics: string | null;
        html: string | null;
        afmeld_url: string | null;
      }>(
        `SELECT id, aan, onderwerp, tekst, ics, html, afmeld_url FROM uitgaande_mail
         WHERE verzonden IS NULL AND pogingen < $1 AND aan IS NOT NULL AND id > $2
         ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [maxPogingen, vanaf],
      );
      if (!mail) return 'leeg' as const;
      vanaf = mail.id;
      try {
        await transporter.sendMail({
          from: opties.afzender,
          to: mail.aan,
          subject: mail.onderwerp,
          text: mail.tekst,
          ...(mail.html ? { html: mail.html } : {}),
          ...(mail.ics ? { icalEvent: { filename: 'informatieavond.ics', method: 'PUBLISH', content: mail.ics } } : {}),
          ...(mail.afmeld_url
            ? {
                headers: {
                  'List-Unsubscribe': `<${mail.afmeld_url}>`,
                  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
                },
              }
            : {}),
        });
        await tx.query(
          'UPDATE uitgaande_mail SET verzonden = now(), pogingen = pogingen + 1, aan = NULL, tekst = NULL, ics = NULL, html = NULL, afmeld_url = NULL, fout = NULL WHERE id = $1',
          [mail.id],
        );
        return 'verzonden' as const;
      } catch (fout) {
        const f = fout as { code?: unknown; responseCode?: unknown };
        const code =
          typeof f.responseCode === 'number'
            ? String(f.responseCode)
            : typeof f.code === 'string'
              ? f.code
              : 'onbekend';
        await tx.query('UPDATE uitgaande_mail SET pogingen = pogingen + 1, fout = $2 WHERE id = $1', [
          mail.id,
          `SMTP-fout ${code}`,
        ]);
        return 'mislukt' as const;
      }
    });
    if (uitkomst === 'leeg') break;
    if (uitkomst === 'verzonden') verzonden++;
    else mislukt++;
  }
  return { verzonden, mislukt };
}

/** Delivers when SMTP_URL is configured; otherwise leaves the outbox for the development page. */
export async function bezorgAlsIngesteld(
  db: Db,
  limiet = 20,
): Promise<{ verzonden: number; mislukt: number } | undefined> {
  const smtpUrl = process.env['SMTP_URL'];
  if (!smtpUrl) return undefined;
  return bezorg(db, {
    smtpUrl,
    afzender: process.env['MAIL_AFZENDER'] ?? 'Gemeente Voorschoten <wijkgericht@voorschoten.example>',
    limiet,
  });
}
