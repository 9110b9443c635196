/**
 * GET /api/status — a health check for monitoring and for the test harness that waits for
 * `netlify dev` to be ready. Says nothing about residents.
 */
import type { Config } from '@netlify/functions';

export default (req: Request): Response => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return new Response('Methode niet toegestaan', { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
};

export const config: Config = { path: '/api/status' };
