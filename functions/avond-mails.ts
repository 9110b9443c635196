/**
 * Scheduled (hourly): the mails around an informatieavond for the people signed up — a change
 * of date, time or place or a cancellation (detected against what the database stored), the
 * reminder the day before, and the verslag after the evening; each once (functions/lib/avondberichten.ts).
 * Delivers when SMTP_URL is set. Logs counts only.
 */
import type { Config } from '@netlify/functions';
import { verstuurAvondMails } from './lib/avondberichten.ts';
import { logFout, standaardVolgDiensten, type VolgDiensten } from './lib/diensten.ts';
import { bezorgAlsIngesteld } from './lib/outbox.ts';

export function maakAvondMailHandler(d: VolgDiensten) {
  return async (): Promise<Response> => {
    try {
      const db = await d.db();
      const r = await verstuurAvondMails(db, await d.avonden(), {
        basisUrl: d.siteUrl,
        nu: d.nu(),
        bewaarDagen: d.bewaarDagen,
      });
      if (d.bezorgDirect) await bezorgAlsIngesteld(db, 100);
      console.log(`[avond-mails] ${r.wijziging} wijziging, ${r.herinnering} herinnering, ${r.verslag} verslag`);
      return Response.json(r);
    } catch (fout) {
      logFout('avond-mails', fout);
      return new Response('mislukt', { status: 500 });
    }
  };
}

export default maakAvondMailHandler(standaardVolgDiensten());

export const config: Config = { schedule: '@hourly' };
