/** The rate limit's client key: a keyed hash of the address, never the address itself. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientSleutel } from '../../../functions/lib/http.ts';

const verzoek = (ip: string): Request =>
  new Request('http://localhost/api/x', { headers: { 'x-nf-client-connection-ip': ip } });

describe('clientSleutel', () => {
  it('gives the same key for the same address and secret, another for another address', () => {
    expect(clientSleutel(verzoek('192.0.2.7'), undefined, 'geheim')).toBe(
      clientSleutel(verzoek('192.0.2.7'), undefined, 'geheim'),
    );
    expect(clientSleutel(verzoek('192.0.2.7'), undefined, 'geheim')).not.toBe(
      clientSleutel(verzoek('192.0.2.8'), undefined, 'geheim'),
    );
  });

  it('does not contain the address and is not a plain hash of it (needs the secret)', () => {
    const sleutel = clientSleutel(verzoek('192.0.2.7'), undefined, 'geheim');
    expect(sleutel).not.toContain('192');
    for (const poging of ['192.0.2.7', 'wijkgericht-voorschoten:192.0.2.7']) {
      expect(sleutel).not.toBe(createHash('sha256').update(poging).digest('base64url').slice(0, 22));
    }
    expect(sleutel).not.toBe(clientSleutel(verzoek('192.0.2.7'), undefined, 'ander-geheim'));
  });

  it("prefers the platform's context.ip over headers", () => {
    expect(clientSleutel(verzoek('192.0.2.7'), '198.51.100.1', 'g')).toBe(
      clientSleutel(verzoek('203.0.113.9'), '198.51.100.1', 'g'),
    );
  });
});
