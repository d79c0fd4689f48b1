/** A tiny element builder: attribute values and string children are set as text, never parsed as HTML. */
export type Attrs = Record<string, string | boolean | undefined>;
export type Child<N = Node> = N | string | false | null | undefined;

/**
 * What builds the calculator's markup: `h` below in the browser, an HTML writer at
 * build time (server-render.ts), so both draw the same structure from one function.
 */
export type Make<N> = (tag: string, attrs?: Attrs, ...children: Child<N>[]) => N;

export const h: Make<HTMLElement> = (tag, attrs = {}, ...children) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, '');
    else if (typeof v === 'string') el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
};
