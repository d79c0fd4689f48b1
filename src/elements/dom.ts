/** A tiny element builder: attribute values and string children are set as text, never parsed as HTML. */
type Attrs = Record<string, string | boolean | undefined>;
export type Child = Node | string | false | null | undefined;

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, '');
    else if (typeof v === 'string') el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}
