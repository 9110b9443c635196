// Drops CSS rules whose classes appear nowhere in our source, so the NL Design System component
// packages fit the CSS budget (≤ 10 kB gzip). Only for production builds: in `astro dev` every
// rule stays, so new markup never looks unstyled while you work.
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import { ongebruikteTokens } from './src/lib/postcss-ongebruikte-tokens.ts';

const productie = process.env.NODE_ENV === 'production';

export default {
  plugins: productie
    ? [
        purgeCSSPlugin({
          // Everything that can write a class: pages and components, the rehype plugin (MDX),
          // content, and the functions that render HTML answers.
          content: ['./src/**/*.{astro,ts,mjs}', './content/**/*.mdx', './functions/**/*.ts'],
          // Class names that the code composes from parts, e.g. `vs-status--${status}`.
          safelist: {
            standard: [/^vs-status--/, /^vs-tijdlijn__fase--/, /^vs-ladder__trede--/, /^utrecht-heading-\d$/],
          },
          defaultExtractor: (inhoud) => inhoud.match(/[\w-/:]+(?<!:)/g) ?? [],
          // Unused @keyframes and @font-face go too. (Not `variables`: it misses nested var()
          // fallbacks and drops tokens that are still read; ongebruikteTokens does that part.)
          keyframes: true,
          fontFace: true,
        }),
        // Then the design tokens that no remaining rule reads.
        ongebruikteTokens(),
      ]
    : [],
};
