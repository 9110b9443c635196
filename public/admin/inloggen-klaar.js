/* global window, document */
// The end of "sign in with GitHub" for the content CMS, in the popup that Sveltia CMS opened
// (functions/cms-auth.ts writes the outcome into <script type="application/json" id="cms-inloggen">).
// Sveltia's handshake: say "authorizing:<provider>" to the opener; when it echoes that, send the
// outcome. Both messages go ONLY to our own origin, and only an echo from the opener on our own
// origin is answered: the token never leaves this site. Hand-written, not generated; no inline
// script, so the site's CSP (script-src 'self') allows it.
(() => {
  const gegevens = document.getElementById('cms-inloggen');
  const opener = window.opener;
  if (!gegevens || !opener) return;
  const { provider, bericht } = JSON.parse(gegevens.textContent);
  gegevens.remove();
  const herkomst = window.location.origin;
  const vraag = `authorizing:${provider}`;
  const bijEcho = (event) => {
    if (event.origin !== herkomst || event.source !== opener || event.data !== vraag) return;
    window.removeEventListener('message', bijEcho);
    opener.postMessage(bericht, herkomst);
  };
  window.addEventListener('message', bijEcho);
  opener.postMessage(vraag, herkomst);
})();
