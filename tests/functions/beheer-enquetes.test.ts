/**
 * The coördinator's CSV of survey answers: behind BEHEER_TOKEN (401 otherwise), one row per
 * response after a header row, open texts included, formula injection neutralised.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maakAntwoordHandler } from '../../functions/antwoorden.ts';
import { maakEnqueteExportHandler } from '../../functions/beheer-enquetes.ts';
import type { Db } from '../../functions/lib/db.ts';
import { BASIS, jsonPost, nieuweDatabase, verbind } from '../support/database.ts';
import { testEnquete, testEnqueteDiensten } from '../support/enquete.ts';

const server = inject('pgServerUrl');
const url = `${BASIS}/api/beheer/enquetes/testenquete/antwoorden.csv`;

describe.runIf(server)('GET /api/beheer/enquetes/<slug>/antwoorden.csv (real PostgreSQL)', () => {
  let db: Db;
  const enquete = testEnquete();
  const handler = () => maakEnqueteExportHandler(testEnqueteDiensten(db, [enquete]), () => 'geheim-token');

  beforeAll(async () => {
    db = verbind(await nieuweDatabase(server), 5);
    const stuur = maakAntwoordHandler(testEnqueteDiensten(db, [enquete]));
    for (const a of [
      { plek: 'plein', spelen: ['schommel', 'zandbak'], idee: 'Een "boom", graag' },
      { plek: 'park', idee: '=HYPERLINK("x")' },
      { plek: 'park', idee: '\uFF0BHYPERLINK("x")' },
    ])
      expect((await stuur(jsonPost('/api/enquetes/testenquete/antwoorden', a))).status).toBe(201);
  });
  afterAll(() => db.close());

  it('refuses without the right bearer token', async () => {
    expect((await handler()(new Request(url))).status).toBe(401);
    expect((await handler()(new Request(url, { headers: { authorization: 'Bearer fout' } }))).status).toBe(401);
  });

  it('gives one row per response after a header row, with the open texts', async () => {
    const r = await handler()(new Request(url, { headers: { authorization: 'Bearer geheim-token' } }));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/csv/);
    const regels = (await r.text())
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(regels).toHaveLength(4);
    expect(regels[0]).toBe('"nummer";"ingediend";"plek";"spelen";"veilig";"licht";"idee"');
    expect(regels[1]).toBe('"1";"2027-02-10";"plein";"schommel; zandbak";"";"";"Een ""boom"", graag"');
    expect(regels[2]).toBe('"2";"2027-02-10";"park";"";"";"";"\'=HYPERLINK(""x"")"');
    expect(regels[3]).toBe('"3";"2027-02-10";"park";"";"";"";"\'\uFF0BHYPERLINK(""x"")"');
  });
});
