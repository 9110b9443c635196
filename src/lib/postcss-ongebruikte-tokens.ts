/**
 * PostCSS plugin: drops custom properties (design tokens) that nothing reads with var().
 *
 * Our token theme and the NLDS component packages declare many more tokens than the rules that
 * PurgeCSS keeps actually read. A token is kept when `var(--name` appears anywhere in the
 * stylesheet, also as a nested fallback (`var(--a, var(--name))`), or when its name matches
 * `behouden`. Removing one token can make another unused, so it repeats until nothing changes.
 * (PurgeCSS's own `variables` option misses nested fallbacks and removed tokens still in use.)
 */
import type { Declaration, Plugin, Root } from 'postcss';

const GEBRUIK = /var\(\s*(--[\w-]+)/g;

function gebruikteNamen(root: Root): Set<string> {
  const namen = new Set<string>();
  const lees = (tekst: string): void => {
    for (const m of tekst.matchAll(GEBRUIK)) namen.add(m[1] ?? '');
  };
  root.walkDecls((d) => lees(d.value));
  root.walkAtRules((r) => lees(r.params));
  return namen;
}

export function ongebruikteTokens(opties: { behouden?: RegExp[] } = {}): Plugin {
  const behouden = opties.behouden ?? [];
  return {
    postcssPlugin: 'ongebruikte-tokens',
    OnceExit(root) {
      for (;;) {
        const gebruikt = gebruikteNamen(root);
        const weg: Declaration[] = [];
        root.walkDecls(/^--/, (d) => {
          if (!gebruikt.has(d.prop) && !behouden.some((r) => r.test(d.prop))) weg.push(d);
        });
        if (weg.length === 0) break;
        for (const d of weg) {
          const ouder = d.parent;
          d.remove();
          if (ouder?.type === 'rule' && ouder.nodes.length === 0) ouder.remove();
        }
      }
    },
  };
}
ongebruikteTokens.postcss = true as const;
