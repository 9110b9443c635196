/**
 * A local stand-in for the two PDOK services the importers call, on 127.0.0.1 (a free port),
 * answering in each service's documented format:
 *
 * - OGC API Features (CBS wijk- en buurtkaart): GeoJSON FeatureCollection pages with
 *   numberMatched/numberReturned and `links` (self, next); filters on gemeentecode.
 * - Locatieserver v3.1 /free: Solr JSON {"response":{"numFound","start","docs"}}, `fq` filters
 *   "veld:waarde", paged with start/rows (at most `maxRijen` per page); unknown query parameters
 *   are refused with 400, as v3.1 does.
 *
 * Every request is recorded, and `storing` makes chosen paths answer with an error status.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NepFeature {
  type: 'Feature';
  id?: string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

export interface NepDoc {
  id: string;
  type: string;
  [veld: string]: unknown;
}

export interface NepPdokOpties {
  /** CBS year the OGC API answers for (other years: 404). */
  jaar?: number;
  wijken?: NepFeature[];
  buurten?: NepFeature[];
  /** Features per OGC page, whatever `limit` the client asks. */
  perPagina?: number;
  docs?: NepDoc[];
  /** Locatieserver documents per page at most. */
  maxRijen?: number;
  /** Path fragment → HTTP status to answer instead. */
  storing?: Record<string, number>;
}

export interface NepPdok {
  /** http://127.0.0.1:<port> */
  url: string;
  verzoeken: URL[];
  sluit(): Promise<void>;
}

const locatieserverParameters = new Set(['q', 'fq', 'fl', 'start', 'rows', 'sort', 'df', 'bq', 'wt', 'lat', 'lon']);

function stuur(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

export async function startNepPdok(opties: NepPdokOpties): Promise<NepPdok> {
  const verzoeken: URL[] = [];
  let basis = '';

  const ogc = (url: URL, res: ServerResponse): void => {
    const m = /^\/cbs\/wijken-en-buurten-(\d{4})\/ogc\/v1\/collections\/(wijken|buurten)\/items$/.exec(url.pathname);
    if (!m || Number(m[1]) !== (opties.jaar ?? 2024)) {
      stuur(res, 404, { code: 'NotFound', description: `Collection not found: ${url.pathname}` });
      return;
    }
    if (url.searchParams.get('f') !== 'json') {
      stuur(res, 400, { code: 'InvalidParameterValue', description: 'f' });
      return;
    }
    const alle = (m[2] === 'wijken' ? opties.wijken : opties.buurten) ?? [];
    const gemeente = url.searchParams.get('gemeentecode');
    const gekozen = alle.filter((f) => gemeente === null || f.properties['gemeentecode'] === gemeente);
    const perPagina = Math.min(opties.perPagina ?? 1000, Number(url.searchParams.get('limit') ?? 10));
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const pagina = gekozen.slice(offset, offset + perPagina);
    const links = [{ rel: 'self', type: 'application/geo+json', title: 'This document as GeoJSON', href: url.href }];
    if (offset + perPagina < gekozen.length) {
      const volgende = new URL(url.href);
      volgende.searchParams.set('offset', String(offset + perPagina));
      links.push({ rel: 'next', type: 'application/geo+json', title: 'Next page', href: volgende.href });
    }
    stuur(
      res,
      200,
      {
        type: 'FeatureCollection',
        timeStamp: '2026-11-30T12:00:00Z',
        numberMatched: gekozen.length,
        numberReturned: pagina.length,
        features: pagina,
        links,
      },
      'application/geo+json',
    );
  };

  const locatieserver = (url: URL, res: ServerResponse): void => {
    const onbekend = [...url.searchParams.keys()].filter((k) => !locatieserverParameters.has(k));
    if (onbekend.length > 0) {
      stuur(res, 400, { message: `Unknown query parameter(s): ${onbekend.join(', ')}` });
      return;
    }
    const filters = url.searchParams.getAll('fq').map((fq) => fq.split(':') as [string, string]);
    const gekozen = (opties.docs ?? []).filter((d) => filters.every(([veld, waarde]) => String(d[veld]) === waarde));
    const start = Number(url.searchParams.get('start') ?? 0);
    const rijen = Math.min(Number(url.searchParams.get('rows') ?? 10), opties.maxRijen ?? 100);
    const velden = url.searchParams.get('fl')?.split(/[ ,]+/);
    const docs = gekozen
      .slice(start, start + rijen)
      .map((d) => (velden ? Object.fromEntries(Object.entries(d).filter(([k]) => velden.includes(k))) : d));
    stuur(res, 200, {
      response: { numFound: gekozen.length, start, maxScore: 1, numFoundExact: true, docs },
    });
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', basis);
    verzoeken.push(url);
    const storing = Object.entries(opties.storing ?? {}).find(([pad]) => url.pathname.includes(pad));
    if (storing) stuur(res, storing[1], '<html><body>Internal Server Error</body></html>', 'text/html');
    else if (url.pathname.startsWith('/cbs/')) ogc(url, res);
    else if (url.pathname === '/bzk/locatieserver/search/v3_1/free') locatieserver(url, res);
    else stuur(res, 404, { message: 'not found' });
  });
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: basis,
    verzoeken,
    sluit: () =>
      new Promise<void>((klaar, fout) => {
        server.close((e) => (e ? fout(e) : klaar()));
        server.closeAllConnections();
      }),
  };
}

/** A rectangle as a GeoJSON polygon ring, counter-clockwise. */
export function rechthoek(x1: number, y1: number, x2: number, y2: number): [number, number][] {
  return [
    [x1, y1],
    [x2, y1],
    [x2, y2],
    [x1, y2],
    [x1, y1],
  ];
}
