/**
 * Starts Sveltia CMS on /admin/ (staff only). The configuration comes from /admin/config.yml
 * (generated from the domain schemas); the preview pane gets the site's own stylesheet and the
 * site's markup around an entry (cms-voorbeeld.ts).
 */
import CMS from '@sveltia/cms';
import siteStijl from '../styles/site.css?url';
import { cmsCollecties } from '../lib/cms/instellingen.ts';
import { voorbeeldSjabloon } from './cms-voorbeeld.ts';

CMS.registerPreviewStyle(siteStijl);
for (const collectie of cmsCollecties) CMS.registerPreviewTemplate(collectie, voorbeeldSjabloon);
void CMS.init();
