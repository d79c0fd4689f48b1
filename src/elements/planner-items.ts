/**
 * The items as the built page hands them to the planner: the pure item fields plus
 * what the view shows, with links already joined to the site's base path at build time.
 */
import type { PlanItem } from '../lib/plan/types';

export interface ClientItem extends PlanItem {
  hoursReason: string;
  doneWhen: string;
  tier: 'core' | 'deepen';
  chapter: { href: string; title: string };
  project?: { href: string; title: string } | undefined;
}

export interface PlannerData {
  items: ClientItem[];
  /** The salary calculator page (with the base path). */
  calculator: string;
}

/** Reads the JSON the page embeds; null when it is missing or not what the build writes. */
export function readPlannerData(host: Element): PlannerData | null {
  const script = host.querySelector('script[type="application/json"][data-plan-items]');
  try {
    const data = JSON.parse(script?.textContent ?? '') as PlannerData;
    return Array.isArray(data.items) && typeof data.calculator === 'string' ? data : null;
  } catch {
    return null;
  }
}
