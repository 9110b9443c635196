/**
 * Scheduled (daily): deletes names, e-mail addresses, questions, manage links and e-mails of
 * every avond that ended more than BEWAARTERMIJN_DAGEN (default 30) days ago. The anonymous
 * counts stay. Also deletes rows of the coördinator's audit log older than a year, and expired
 * staff sign-in links and sessions (`ruimBeheerOp`). Tests call `maakBewaartermijnHandler` with their own clock.
 *
 * Deleting personal data is a real-world act, so "ago" is measured on the real clock
 * (`d.klok()`), never on the calendar's configurable now (WIJK_NU under `netlify dev`): a
 * simulated date after the evening would delete data early, one before it would keep it forever.
 */
import type { Config } from '@netlify/functions';
import { logFout, standaardDiensten, type Diensten } from './lib/diensten.ts';
import { logboekDagen } from '../src/domain/beheer.ts';
import { ruimBeheerOp } from './lib/beheer-toegang.ts';
import { pasBewaartermijnToe } from './lib/overzicht.ts';

export function maakBewaartermijnHandler(d: Diensten) {
  return async (): Promise<Response> => {
    try {
      const db = await d.db();
      const r = await pasBewaartermijnToe(db, d.klok(), d.bewaarDagen);
      const logboekRegels = await ruimBeheerOp(db, d.klok(), logboekDagen);
      // Counts only: never names, addresses or tokens in logs.
      console.log(
        `[bewaartermijn] ${r.aanmeldingen} aanmeldingen geanonimiseerd bij ${r.avonden.length} avonden; ${logboekRegels} logboekregels verwijderd`,
      );
      return Response.json(r);
    } catch (fout) {
      logFout('bewaartermijn/opschonen', fout);
      return new Response('mislukt', { status: 500 });
    }
  };
}

export default maakBewaartermijnHandler(standaardDiensten());

export const config: Config = { schedule: '@daily' };
