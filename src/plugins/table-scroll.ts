/**
 * Markdown tables on a phone are often wider than the screen. This Markdown (hast)
 * plugin puts every table in a labelled scroll region (`.table-scroll`, styled in
 * guide.css with edge shadows that show there is more to the side) and gives a
 * table without a caption one, named after the section it sits in, so the table
 * and its scroll region can be told apart from others on the page.
 */
import { defineHastPlugin } from 'satteri';

/** The caption a table gets: its section's heading, numbered when a section has several. */
export function tableCaption(heading: string | undefined, countInSection: number): string {
  const base = heading?.replace(/\s+/g, ' ').trim() || 'Table';
  return countInSection > 1 ? `${base} (table ${countInSection})` : base;
}

export function tableScrollPlugin() {
  let heading: string | undefined;
  let count = 0;
  return defineHastPlugin({
    name: 'guide-table-scroll',
    before() {
      heading = undefined;
      count = 0;
    },
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'table'],
      visit(node, ctx) {
        if (node.tagName !== 'table') {
          heading = ctx.textContent(node);
          count = 0;
          return;
        }
        count += 1;
        const existing = node.children.find((c) => c.type === 'element' && c.tagName === 'caption');
        const caption = existing ? ctx.textContent(existing).trim() : tableCaption(heading, count);
        if (!existing) {
          ctx.prependChild(node, {
            type: 'element',
            tagName: 'caption',
            properties: {},
            children: [{ type: 'text', value: caption }],
          });
        }
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          // A focusable, named region: keyboard readers can scroll it too (axe: scrollable-region-focusable).
          properties: { className: ['table-scroll'], role: 'region', ariaLabel: caption, tabIndex: 0 },
          children: [],
        });
      },
    },
  });
}
