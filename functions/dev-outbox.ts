/**
 * GET /api/dev/outbox — the e-mails in the outbox as JSON, for local development and the browser
 * tests (there is no SMTP server locally). Open only under `netlify dev` (NETLIFY_DEV=true) or
 * with OUTBOX_INZIEN=1; everywhere else, and so in production, it answers 404.
 */
import type { Config } from '@netlify/functions';
import { standaardDb } from './lib/db.ts';
import { json } from './lib/http.ts';
import { leesOutbox } from './lib/outbox.ts';

export const outboxOpen = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env['CONTEXT'] !== 'production' && (env['NETLIFY_DEV'] === 'true' || env['OUTBOX_INZIEN'] === '1');

export default async (req: Request): Promise<Response> => {
  if (!outboxOpen()) return new Response('Niet gevonden', { status: 404 });
  if (req.method !== 'GET') return new Response('Gebruik GET.', { status: 405, headers: { allow: 'GET' } });
  return json({ mails: await leesOutbox(await standaardDb()) });
};

export const config: Config = { path: '/api/dev/outbox' };
