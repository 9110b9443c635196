/**
 * The CMS's component CSS is read from the package at build time (src/lib/cms/stijl.ts): the
 * Svelte `{ hash, code }` literals in source order, and no font rule that loads from a CDN.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { svelteStijlen, zonderExterneLettertypen } from '../../../src/lib/cms/stijl.ts';

describe('svelteStijlen', () => {
  it('finds the CSS of Svelte components, in order, and nothing else', () => {
    const js = [
      'const a = { hash: `svelte-abc1`, code: `.knop.svelte-abc1 {color:red;}` };',
      "const b = { hash: 'svelte-xyz9', code: '.lijst.svelte-xyz9 {margin:0}' };",
      'const c = { hash: `svelte-${x}`, code: `.dynamisch {}` };', // not a literal: skipped
      'const d = { hash: "sha256", code: ".geen-svelte {}" };',
      'const e = { hash: "svelte-q", code: ".drie {}", extra: 1 };',
    ].join('\n');
    expect(svelteStijlen(js)).toEqual(['.knop.svelte-abc1 {color:red;}', '.lijst.svelte-xyz9 {margin:0}']);
  });

  it('drops @font-face rules that load from another site and keeps our own', () => {
    const css =
      "@font-face {font-family:'X';src:url(https://cdn.example/x.woff2) format('woff2');}\n" +
      "@font-face {font-family:'Y';src:url(/_astro/y.woff2) format('woff2');}\n.a{color:red}";
    expect(zonderExterneLettertypen(css)).toBe(
      "\n@font-face {font-family:'Y';src:url(/_astro/y.woff2) format('woff2');}\n.a{color:red}",
    );
  });

  it('reads the installed Sveltia CMS: many components, no CDN font left', () => {
    const stijlen = svelteStijlen(readFileSync(createRequire(import.meta.url).resolve('@sveltia/cms'), 'utf8'));
    expect(stijlen.length).toBeGreaterThan(100);
    const css = zonderExterneLettertypen(stijlen.join('\n'));
    expect(css).not.toMatch(/@font-face[^}]*https?:/);
    expect(css).toMatch(/\.svelte-[a-z0-9]+/);
  });
});
