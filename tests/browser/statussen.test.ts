/**
 * Every documented status reaches the resident through `netlify dev` with the function's own text:
 * real requests to the running stack, JSON and HTML. netlify dev used to ask the function again for
 * <path>.html, .htm, /index.html and /index.htm after a 403 or 404 and pass on the last answer, so
 * a 403 ("De uitslag staat hier vanaf …", a wrong letter code) arrived as 404 "Deze enquête
 * bestaat niet." (functions/lib/http.ts, verzoekPad). 429 and a letter-code survey need another
 * "now" and a small limit, 503 a database that is down: two small extra stacks for those.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { nieuweDatabase } from '../support/database.ts';
import { startStack, vrijePoort, type Stack } from './stack.ts';

const basis = inject('basisUrl');
const database = inject('stackDatabase');
const dist = inject('distMap');

const json = { 'content-type': 'application/json', accept: 'application/json' };
const formulier = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' };
const aanmelding = { naam: 'Sanne de Vries', email: 'status@voorbeeld.nl', personen: '1' };

interface Geval {
  naam: string;
  pad: string;
  methode?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  status: number;
  tekst: string | RegExp;
}

async function vraag(url: string, g: Omit<Geval, 'naam' | 'status' | 'tekst' | 'pad'>) {
  const r = await fetch(url, { method: g.methode ?? 'GET', headers: g.headers ?? {}, body: g.body ?? null });
  return { status: r.status, tekst: await r.text(), headers: r.headers };
}

const hoofdstack: Geval[] = [
  {
    naam: '403 results before the survey closes (JSON)',
    pad: '/api/enquetes/buurthuis-vlietwijk/resultaten',
    headers: { accept: 'application/json' },
    status: 403,
    tekst: 'De uitslag staat hier vanaf woensdag 31 maart 2027',
  },
  {
    naam: '403 results before the survey closes (page)',
    pad: '/api/enquetes/buurthuis-vlietwijk/resultaten',
    headers: { accept: 'text/html' },
    status: 403,
    tekst: /<h1[^>]*>Nog geen uitslag<\/h1>[\s\S]*De uitslag staat hier vanaf woensdag 31 maart 2027/,
  },
  {
    naam: "404 the function's own: unknown survey",
    pad: '/api/enquetes/bestaat-niet/resultaten',
    headers: { accept: 'application/json' },
    status: 404,
    tekst: 'Deze enquête bestaat niet.',
  },
  {
    naam: "404 the function's own: unknown avond (page)",
    pad: '/api/avonden/bestaat-niet/aanmeldingen',
    methode: 'POST',
    headers: formulier,
    body: new URLSearchParams(aanmelding).toString(),
    status: 404,
    tekst: 'Deze informatieavond bestaat niet.',
  },
  {
    naam: "404 the function's own: a manage link that does not work",
    pad: `/api/aanmeldingen/${'A'.repeat(43)}`,
    headers: { accept: 'application/json' },
    status: 404,
    tekst: 'Deze link werkt niet (meer).',
  },
  {
    naam: '409 sign-up outside the registration window',
    pad: '/api/avonden/speelplek-starrenburg-2027-10/aanmeldingen',
    methode: 'POST',
    headers: json,
    body: JSON.stringify(aanmelding),
    status: 409,
    tekst: 'Aanmelden kan vanaf woensdag 1 september 2027, 09:00.',
  },
  {
    naam: '409 answering a survey that is not open yet (page)',
    pad: '/api/enquetes/herinrichting-jan-evertsenlaan/antwoorden',
    methode: 'POST',
    headers: formulier,
    body: 'parkeerplaatsen=meer-groen',
    status: 409,
    tekst: 'Deze enquête is nog niet open.',
  },
  {
    naam: '413 a body over 16 kB',
    pad: '/api/avonden/buurthuis-vlietwijk-2027-03/aanmeldingen',
    methode: 'POST',
    headers: json,
    body: JSON.stringify({ ...aanmelding, vraag: 'x'.repeat(17_000) }),
    status: 413,
    tekst: 'Wat u verstuurt is te groot.',
  },
  {
    naam: '415 a content type that is neither form nor JSON',
    pad: '/api/avonden/buurthuis-vlietwijk-2027-03/aanmeldingen',
    methode: 'POST',
    headers: { 'content-type': 'text/plain', accept: 'application/json' },
    body: 'naam=x',
    status: 415,
    tekst: 'Verstuur het formulier als formulier of als JSON.',
  },
  {
    naam: '422 invalid input (JSON)',
    pad: '/api/avonden/buurthuis-vlietwijk-2027-03/aanmeldingen',
    methode: 'POST',
    headers: json,
    body: JSON.stringify({ ...aanmelding, email: 'sanne@' }),
    status: 422,
    tekst: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
  },
  {
    naam: '422 invalid input (page, with what was typed)',
    pad: '/api/avonden/buurthuis-vlietwijk-2027-03/aanmeldingen',
    methode: 'POST',
    headers: formulier,
    body: new URLSearchParams({ ...aanmelding, email: 'sanne@' }).toString(),
    status: 422,
    tekst: /Er is 1 fout in het formulier[\s\S]*value="sanne@"/,
  },
];

describe('statuses through netlify dev (the test stack)', () => {
  it.each(hoofdstack)('$naam', async (g) => {
    const r = await vraag(`${basis}${g.pad}`, g);
    expect(r.status).toBe(g.status);
    if (typeof g.tekst === 'string') expect(r.tekst).toContain(g.tekst);
    else expect(r.tekst).toMatch(g.tekst);
  });
});

const enquete = '/api/enquetes/herinrichting-jan-evertsenlaan/antwoorden';

describe.runIf(database)('403 letter codes and 429 through netlify dev (a stack in April 2027, limit 3)', () => {
  let stack: Stack;
  beforeAll(async () => {
    const db = await nieuweDatabase(database.replace(/\/[^/]*$/, '/postgres'));
    stack = await startStack({
      dist,
      env: { WIJK_NU: '2027-04-15T12:00:00Z', RATE_LIMIT_PER_MINUTE: '3', DATABASE_URL: db },
    });
  });
  afterAll(() => stack.stop());

  it('a code that cannot be one: 403 with its own message (JSON and page)', async () => {
    const j = await vraag(`${stack.url}${enquete}`, {
      methode: 'POST',
      headers: json,
      body: JSON.stringify({ parkeerplaatsen: 'meer-groen', code: 'ABC' }),
    });
    expect(j.status).toBe(403);
    expect(JSON.parse(j.tekst)).toMatchObject({ fout: 'Deze code klopt niet. Kijk of u hem goed heeft overgenomen.' });
    const p = await vraag(`${stack.url}${enquete}`, {
      methode: 'POST',
      headers: formulier,
      body: 'parkeerplaatsen=meer-groen&code=ABC',
    });
    expect(p.status).toBe(403);
    expect(p.tekst).toContain('Deze code klopt niet.');
    expect(p.tekst).toContain('value="ABC"');
  });

  it('unknown codes: 403 each time (counted once each), then 429 with its own message', async () => {
    const statussen: number[] = [];
    let laatste = { status: 0, tekst: '', headers: new Headers() };
    for (let i = 0; i < 8 && laatste.status !== 429; i++) {
      laatste = await vraag(`${stack.url}${enquete}`, {
        methode: 'POST',
        headers: json,
        body: JSON.stringify({ parkeerplaatsen: 'meer-groen', code: 'ABCDE-FGHJK' }),
      });
      statussen.push(laatste.status);
      if (laatste.status === 403) expect(laatste.tekst).toContain('Deze code is onbekend of al gebruikt.');
    }
    // The limit is 3: netlify dev's follow-ups of a 403 are not counted again.
    expect(statussen.slice(0, 3)).toEqual([403, 403, 403]);
    expect(laatste.status).toBe(429);
    expect(laatste.headers.get('retry-after')).toBe('60');
    expect(laatste.tekst).toContain('U heeft in korte tijd vaak iets verstuurd.');
  });
});

describe('503 through netlify dev (a stack whose database is down)', () => {
  let stack: Stack;
  beforeAll(async () => {
    const dicht = await vrijePoort();
    stack = await startStack({
      dist,
      env: { WIJK_NU: '2027-02-20T12:00:00Z', DATABASE_URL: `postgres://postgres@127.0.0.1:${dicht}/niets` },
    });
  });
  afterAll(() => stack.stop());

  it('a sign-up: 503 with its own message and retry-after (JSON), the form with everything typed (page)', async () => {
    const pad = `${stack.url}/api/avonden/buurthuis-vlietwijk-2027-03/aanmeldingen`;
    const j = await vraag(pad, { methode: 'POST', headers: json, body: JSON.stringify(aanmelding) });
    expect(j.status).toBe(503);
    expect(j.headers.get('retry-after')).toBe('120');
    expect(j.tekst).toContain('Het lukt nu niet om uw aanmelding op te slaan.');
    const p = await vraag(pad, {
      methode: 'POST',
      headers: formulier,
      body: new URLSearchParams(aanmelding).toString(),
    });
    expect(p.status).toBe(503);
    expect(p.tekst).toContain('Het lukt nu niet om uw aanmelding op te slaan.');
    expect(p.tekst).toContain('value="status@voorbeeld.nl"');
  });

  it('the results of a closed survey: 503 with its own message', async () => {
    const r = await vraag(`${stack.url}/api/enquetes/groen-veurseweg/resultaten`, {
      headers: { accept: 'application/json' },
    });
    expect(r.status).toBe(503);
    expect(r.tekst).toContain('De uitslag is nu niet op te halen.');
  });
});
