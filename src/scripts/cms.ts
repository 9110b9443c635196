/**
 * Starts Sveltia CMS on /admin/ (staff only). The configuration comes from /admin/config.yml; the
 * preview pane gets the site's own stylesheet.
 */
import CMS from '@sveltia/cms';
import siteStijl from '../styles/site.css?url';

CMS.registerPreviewStyle(siteStijl);
void CMS.init();
