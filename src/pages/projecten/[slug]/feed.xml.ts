/** /projecten/<slug>/feed.xml — the news of one project (RSS 2.0, src/lib/nieuwsfeed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { nieuwsVanProject } from '../../../domain/nieuws.ts';
import { bouwMoment, inhoud, nieuws, type ProjectEntry } from '../../../lib/content.ts';
import { nieuwsFeed } from '../../../lib/nieuwsfeed.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { projecten } = await inhoud();
  return projecten.map((project) => ({ params: { slug: project.id }, props: { project } }));
};

export const GET: APIRoute = async ({ props, site }) => {
  const { project } = props as { project: ProjectEntry };
  return nieuwsFeed({
    titel: project.data.titel,
    beschrijving: `Nieuws en voortgang: ${project.data.samenvatting}`,
    paginaPad: `/projecten/${project.id}/`,
    items: nieuwsVanProject(await nieuws(bouwMoment()), project.id),
    site,
  });
};
