/**
 * Build-time only: the planner's items as pages hand them to the browser, with links
 * joined to the base path and labelled with the titles of the pages they point to.
 */
import { getCollection } from 'astro:content';
import { headingsOf, planItems } from '../data/plan';
import type { ClientItem, PlannerData } from '../elements/planner-items';
import { withBase } from '../lib/paths';

async function pageTitles(): Promise<Map<string, string>> {
  const docs = await getCollection('docs');
  return new Map(docs.map((d) => [d.id === 'index' ? '' : `${d.id.replace(/\/index$/, '')}/`, d.data.title]));
}

export async function plannerData(): Promise<PlannerData> {
  const titles = await pageTitles();
  const projects = headingsOf('projects/') ?? new Map<string, string>();
  const items: ClientItem[] = planItems.map((item) => {
    const [page = '', anchor] = item.chapter.split('#');
    const pageTitle = titles.get(page) ?? page;
    const heading = anchor ? headingsOf(page)?.get(anchor) : undefined;
    return {
      id: item.id,
      title: item.title,
      area: item.area,
      coveredBy: item.coveredBy,
      directions: item.directions,
      hours: item.hours,
      after: item.after,
      tier: item.tier,
      calculatorSkill: item.calculatorSkill,
      hoursReason: item.hoursReason,
      doneWhen: item.doneWhen,
      chapter: { href: withBase(`/${item.chapter}`), title: heading ? `${pageTitle}: ${heading}` : pageTitle },
      project: item.project
        ? { href: withBase(`/projects/#${item.project}`), title: projects.get(item.project) ?? item.project }
        : undefined,
    };
  });
  return { items, calculator: withBase('/tools/salary-calculator/') };
}
