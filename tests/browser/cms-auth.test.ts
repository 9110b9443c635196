/**
 * The CMS sign-in with GitHub through the running stack, in Chromium, as Sveltia CMS does it: a
 * page of our site opens /api/cms-auth as a popup; the function sends it to GitHub (the fake on
 * 127.0.0.1 that tests/build/setup.ts passes as GITHUB_OAUTH_URL), GitHub sends it back to
 * /api/cms-auth/callback, and that page — under the site's CSP, with only our static script —
 * does the handshake: "authorizing:github", the echo, then the token. The state cookie lives only
 * for the sign-in. A page on another origin that opens the same popup hears nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NEP_TOKEN } from '../support/github-nep.ts';
import { axeFouten, browserBeschikbaar, openPagina, startBrowser } from './browser.ts';

const basis = inject('basisUrl');
const authUrl = `${basis}/api/cms-auth?provider=github&site_id=localhost&scope=repo,user`;

interface Gehoord {
  berichten: string[];
  herkomsten: string[];
}

/**
 * Sveltia's `authorize()` (src/lib/services/backends/git/shared/auth.js), run in the page: open
 * the popup, take only messages from the auth URL's origin, echo "authorizing:github", resolve on
 * the second message. `vreemd`: act as a page of another site, which also pushes the echo at the
 * popup blindly ('*') and collects whatever arrives, for `ms` milliseconds.
 */
function alsSveltia(page: Page, url: string, vreemd = false, ms = 20_000): Promise<Gehoord> {
  return page.evaluate(
    ({ url, vreemd, ms }) =>
      new Promise<Gehoord>((klaar, mis) => {
        const gehoord: Gehoord = { berichten: [], herkomsten: [] };
        const popup = window.open(url, 'auth', 'width=600,height=800');
        if (!popup) {
          mis(new Error('popup geblokkeerd'));
          return;
        }
        const duw = vreemd ? setInterval(() => popup.postMessage('authorizing:github', '*'), 100) : 0;
        const stop = setTimeout(() => {
          clearInterval(duw);
          if (vreemd) klaar(gehoord);
          else mis(new Error(`geen antwoord binnen ${ms} ms: ${JSON.stringify(gehoord)}`));
        }, ms);
        window.addEventListener('message', ({ origin, data }: MessageEvent<unknown>) => {
          gehoord.berichten.push(String(data));
          gehoord.herkomsten.push(origin);
          if (vreemd || origin !== new URL(url).origin || typeof data !== 'string') return;
          if (data === 'authorizing:github') {
            popup.postMessage(data, origin);
            return;
          }
          clearTimeout(stop);
          klaar(gehoord);
        });
      }),
    { url, vreemd, ms },
  );
}

describe.runIf(browserBeschikbaar())('CMS sign-in with GitHub in Chromium (popup handshake)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(() => browser.close());

  it('a page of our site gets "authorizing:github", echoes it and gets the token; the cookie is gone after', async () => {
    const page = await openPagina(browser, `${basis}/`);
    const popupOpen = page.waitForEvent('popup');
    const cspFouten: string[] = [];
    page.context().on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspFouten.push(m.text());
    });
    const gehoord = alsSveltia(page, authUrl);
    const popup = await popupOpen;
    const r = await gehoord;
    expect(r.berichten).toEqual([
      'authorizing:github',
      `authorization:github:success:${JSON.stringify({ token: NEP_TOKEN, provider: 'github' })}`,
    ]);
    expect(r.herkomsten).toEqual([basis, basis]);
    // It went the whole way: our start, GitHub (the fake), our callback.
    expect(popup.url()).toMatch(new RegExp(`^${basis}/api/cms-auth/callback\\?code=[^&]+&state=[A-Za-z0-9_-]{43}$`));
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Inloggen gelukt');
    // The script took the token out of the page once it had read it.
    expect(await popup.content()).not.toContain(NEP_TOKEN);
    expect(cspFouten).toEqual([]);
    // The state cookie was only for the sign-in: cleared on the way back.
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain('vs_cms_state');
    expect(await axeFouten(popup)).toEqual([]);
    await page.context().close();
  });

  it('a page on another origin that opens the same popup never hears the token', async () => {
    // The same stack under another origin (127.0.0.1 instead of localhost): another site.
    const anders = basis.replace('//localhost:', '//127.0.0.1:');
    expect(anders).not.toBe(basis);
    const page = await openPagina(browser, `${anders}/`);
    const popupOpen = page.waitForEvent('popup');
    const gehoord = alsSveltia(page, authUrl, true, 6_000);
    const popup = await popupOpen;
    await popup.waitForURL(/\/api\/cms-auth\/callback\?/);
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Inloggen gelukt');
    const r = await gehoord;
    expect(r.berichten).toEqual([]);
    await page.context().close();
  });

  it('the state cookie is HttpOnly, Secure, SameSite=Lax and only for /api/cms-auth while the sign-in runs', async () => {
    const r = await fetch(authUrl, { redirect: 'manual' });
    expect(r.status).toBe(302);
    expect(r.headers.get('set-cookie')).toMatch(
      /^vs_cms_state=[A-Za-z0-9_-]{43}; Path=\/api\/cms-auth; Max-Age=600; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect(r.headers.get('cache-control')).toBe('no-store');
  });
});
