/**
 * Scheduled (every 5 minutes): delivers e-mails that are still in the outbox, e.g. when SMTP was
 * down during a sign-up. Does nothing without SMTP_URL (then see GET /api/dev/outbox locally).
 */
import type { Config } from '@netlify/functions';
import { standaardDb } from './lib/db.ts';
import { logFout } from './lib/diensten.ts';
import { bezorgAlsIngesteld } from './lib/outbox.ts';

export default async (): Promise<Response> => {
  try {
    const r = await bezorgAlsIngesteld(await standaardDb(), 100);
    console.log(
      r ? `[outbox] ${r.verzonden} verzonden, ${r.mislukt} mislukt` : '[outbox] geen SMTP_URL: niets verzonden',
    );
    return Response.json(r ?? { verzonden: 0, mislukt: 0 });
  } catch (fout) {
    logFout('outbox/bezorgen', fout);
    return new Response('mislukt', { status: 500 });
  }
};

export const config: Config = { schedule: '*/5 * * * *' };
