/**
 * Scheduled (hourly): deletes subscriptions not confirmed within 48 hours, then puts one mail
 * per due subscription in the outbox with the stream items it has not had ("meteen": every run;
 * "week": Monday from 07:00 Amsterdam time), and delivers when SMTP_URL is set. The stream is
 * read from the content at run time, so a deploy with new berichten is what makes new mail.
 * Logs counts only.
 */
import type { Config } from '@netlify/functions';
import { logFout, standaardVolgDiensten, type VolgDiensten } from './lib/diensten.ts';
import { bezorgAlsIngesteld } from './lib/outbox.ts';
import { ruimOnbevestigdOp, verstuurAlerts } from './lib/volgen.ts';

export function maakVolgVerstuurHandler(d: VolgDiensten) {
  return async (): Promise<Response> => {
    try {
      const db = await d.db();
      const opgeruimd = await ruimOnbevestigdOp(db, d.klok());
      const r = await verstuurAlerts(db, await d.nieuws(), { basisUrl: d.siteUrl, nu: d.nu(), klok: d.klok() });
      if (d.bezorgDirect) await bezorgAlsIngesteld(db, 100);
      console.log(
        `[volgen] ${r.gelezen} volgingen gelezen, ${r.mails} e-mails klaargezet, ${opgeruimd} onbevestigd verwijderd`,
      );
      return Response.json({ ...r, opgeruimd });
    } catch (fout) {
      logFout('volgen-versturen', fout);
      return new Response('mislukt', { status: 500 });
    }
  };
}

export default maakVolgVerstuurHandler(standaardVolgDiensten());

export const config: Config = { schedule: '@hourly' };
