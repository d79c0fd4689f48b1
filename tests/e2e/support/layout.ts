import type { Page } from '@playwright/test';

/**
 * Phone layout: at 320 and 390 px wide a page must not scroll sideways, have no element
 * reaching past the screen's edge, and no text overflowing its box. Intentional scroll
 * regions (`.table-scroll`, which has edge shadows and a caption) may hold wider content.
 * pages.spec.ts runs this on every page; failures list what was seen.
 */
export const PHONE_WIDTHS = [320, 390] as const;

export interface Overflow {
  what: string;
  problem: string;
}

export async function overflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: { what: string; problem: string }[] = [];
    const width = document.documentElement.clientWidth;
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className.trim()
          ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
          : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> “${text}”`;
    };
    // Scroll regions: captioned tables, and code blocks (Expressive Code wraps their lines;
    // its indentation spans may reach past a narrow screen inside the block, unseen, and the
    // page-wide check above still catches a block that makes the page scroll).
    const scrollRegion = (el: Element): boolean => el.closest('.table-scroll, pre') !== null;
    // Visually hidden text (.sr-only, Starlight's skip link) is clipped on purpose.
    // So is text in a box of 1 px or less with overflow hidden (the same pattern, e.g. a tooltip
    // kept for screen readers until it is shown).
    const clippedOnPurpose = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return (r.width <= 1 || r.height <= 1) && getComputedStyle(el).overflow.includes('hidden');
    };
    const hidden = (el: Element): boolean =>
      !el.checkVisibility({ visibilityProperty: true }) ||
      el.closest('.sr-only, [class*="sr-only"]') !== null ||
      clippedOnPurpose(el);
    if (document.documentElement.scrollWidth > width + 1) {
      found.push({
        what: '<html>',
        problem: `page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${width} px`,
      });
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (hidden(el) || el.getClientRects().length === 0) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const inRegion = el.parentElement ? scrollRegion(el.parentElement) : false;
      if (!inRegion && (rect.right > width + 1 || rect.left < -1)) {
        found.push({
          what: describe(el),
          problem: `reaches ${Math.round(rect.left)}–${Math.round(rect.right)} px in a ${width} px screen`,
        });
        continue;
      }
      // Text that does not fit its box: clipped (overflow hidden) or spilling out.
      const hasText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent ?? ''),
      );
      if (!hasText || el.clientWidth === 0 || scrollRegion(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        const style = getComputedStyle(el);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') {
          found.push({
            what: describe(el),
            problem: `scrolls sideways (${el.scrollWidth} in ${el.clientWidth} px) without the scroll-region affordance`,
          });
        } else {
          found.push({
            what: describe(el),
            problem: `text overflows its box: ${el.scrollWidth} px in ${el.clientWidth} px (overflow ${style.overflowX})`,
          });
        }
      }
    }
    return found;
  });
}
