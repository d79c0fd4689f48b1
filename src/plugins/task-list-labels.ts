/**
 * Markdown checklists ("- [ ] item") render disabled checkboxes with no label,
 * which screen readers announce as an unnamed control. This plugin names each box
 * after the text of its list item.
 */
import { defineHastPlugin } from 'satteri';

export function taskListLabelsPlugin() {
  return defineHastPlugin({
    name: 'guide-task-list-labels',
    element: {
      filter: ['input'],
      visit(node, ctx) {
        if (node.properties['type'] !== 'checkbox') return;
        const item = ctx.parent(node);
        if (item.type !== 'element' || item.tagName !== 'li') return;
        const label = ctx.textContent(item).replace(/\s+/g, ' ').trim();
        if (label) ctx.setProperty(node, 'ariaLabel', label);
      },
    },
  });
}
