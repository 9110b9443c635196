/**
 * Starts Sveltia CMS on /admin/ (staff only). The configuration comes from /admin/config.yml
 * (generated from the domain schemas); the preview pane gets the site's own stylesheet and the
 * site's markup around an entry (cms-voorbeeld.ts).
 */
import CMS from '@sveltia/cms';
import { cmsCollecties } from '../lib/cms/instellingen.ts';
import { voorbeeldSjabloon } from './cms-voorbeeld.ts';

// The page links the site's stylesheet (src/pages/admin/index.astro): the preview uses it, the
// editor itself does not.
const siteStijl = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][href^="/_astro/"]');
if (siteStijl) {
  CMS.registerPreviewStyle(siteStijl.href);
  siteStijl.remove();
}
for (const collectie of cmsCollecties) CMS.registerPreviewTemplate(collectie, voorbeeldSjabloon(collectie));

/**
 * Sveltia sets `maximum-scale=1` on the viewport, which stops zooming on phones (WCAG 1.4.4,
 * axe "meta-viewport"). Whatever sets it, zoom stays allowed.
 */
function zoomToegestaan(): void {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="viewport"]')) {
    const delen = meta.content.split(',').map((d) => d.trim());
    const toegestaan = delen.filter((d) => !/^(maximum-scale|user-scalable)\b/i.test(d));
    if (toegestaan.length !== delen.length) meta.content = toegestaan.join(', ');
  }
}
new MutationObserver(zoomToegestaan).observe(document.head, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['content'],
});

void CMS.init();
