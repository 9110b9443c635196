/**
 * Scheduled (daily): for every survey that closed more than 12 months ago (bewaarMaandenNaSluiten)
 * the counts are kept in the survey's row and the answers, open texts included, and its letter
 * codes are deleted. The results page keeps working from the kept counts. A separate scheduled
 * function beside bewaartermijn.ts (sign-ups), so each can fail and be retried on its own.
 * Like there, "ago" is measured on the real clock (`d.klok()`), never on the configurable now.
 */
import type { Config } from '@netlify/functions';
import { bewaarMaandenNaSluiten } from '../src/domain/antwoord.ts';
import { logFout } from './lib/diensten.ts';
import { ruimEnquetesOp } from './lib/enquete-opslag.ts';
import { standaardEnqueteDiensten, type EnqueteDiensten } from './lib/enquetes.ts';

export function maakBewaartermijnEnquetesHandler(d: Pick<EnqueteDiensten, 'db' | 'klok'>) {
  return async (): Promise<Response> => {
    try {
      const r = await ruimEnquetesOp(await d.db(), d.klok(), bewaarMaandenNaSluiten);
      console.log(`[bewaartermijn-enquetes] ${r.antwoorden} antwoorden verwijderd bij ${r.enquetes.length} enquêtes`);
      return Response.json(r);
    } catch (fout) {
      logFout('bewaartermijn-enquetes/opschonen', fout);
      return new Response('mislukt', { status: 500 });
    }
  };
}

export default maakBewaartermijnEnquetesHandler(standaardEnqueteDiensten());

export const config: Config = { schedule: '@daily' };
