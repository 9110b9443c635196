/**
 * The only script an avond page runs before the resident does anything (≤ 1.5 kB gzip): it shows
 * the live places left (and that a full evening means the waitlist), and loads the inline submit
 * (aanmelden.ts) only when the resident starts using the form. Without it, the form posts as usual.
 */
const formulier = document.querySelector<HTMLFormElement>('form[data-laadt="formulier"]');

interface Telling {
  capaciteit: number;
  bevestigd: number;
  open: boolean;
}

if (formulier) {
  const slug = formulier.dataset['avond'] ?? '';
  fetch(`/api/avonden/${slug}`, { headers: { accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<Telling>) : undefined))
    .then((t) => {
      const plek = formulier.querySelector<HTMLElement>('[data-plaatsen]');
      const knop = formulier.querySelector<HTMLButtonElement>('button[type="submit"]');
      if (!t || !plek) return;
      if (!t.open) {
        plek.textContent = 'Aanmelden kan nu niet.';
        return;
      }
      const vrij = t.capaciteit - t.bevestigd;
      plek.textContent =
        vrij > 0
          ? `Er ${vrij === 1 ? 'is nog 1 plaats' : `zijn nog ${vrij} plaatsen`} vrij.`
          : 'De avond is vol. Als u zich nu aanmeldt, komt u op de wachtlijst.';
      if (vrij <= 0 && knop) knop.textContent = 'Aanmelden voor de wachtlijst';
    })
    .catch(() => undefined);

  let module: Promise<typeof import('./aanmelden.ts')> | undefined;
  const laad = () => (module ??= import('./aanmelden.ts'));
  formulier.addEventListener('focusin', () => void laad(), { once: true });
  formulier.addEventListener('pointerdown', () => void laad(), { once: true });
  formulier.addEventListener('submit', (e) => {
    if (formulier.dataset['verbeterd'] === 'ja') return; // aanmelden.ts handles it from now on
    e.preventDefault();
    laad().then(
      (m) => m.verbeter(formulier, true),
      () => formulier.submit(),
    );
  });
}
