/**
 * The calculator drawn at build time, for a declarative shadow root in the page
 * (SalaryCalculator.astro): the same markup the element draws when it upgrades
 * (calculator-markup.ts), for the default settings, with the element's styles. The
 * space the calculator takes before it upgrades is then its own layout at every
 * width, and the guide's script needs to carry no styles. Build time only.
 */
import '../lib/salary/guide-evidence'; // the data, before the modules that read it
import { estimateSalary } from '../lib/salary/estimate';
import { withDefaults } from '../lib/salary/params';
import { calculatorMarkup } from './calculator-markup';
import type { Make } from './dom';
import css from './salary-calculator.css?inline';
import pageOnlyCss from './server-render.css?inline';

/** A piece of HTML the writer below made (so it is never escaped twice). */
export interface Html {
  html: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The HTML writer with the DOM builder's contract: attribute values and strings are text, always escaped. */
export const html: Make<Html> = (tag, attrs = {}, ...children) => {
  let open = `<${tag}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) open += ` ${k}`;
    else if (typeof v === 'string') open += ` ${k}="${escapeAttr(v)}"`;
  }
  if (VOID.has(tag)) return { html: `${open}>` };
  const inner = children.map((c) => (!c ? '' : typeof c === 'string' ? escapeText(c) : c.html)).join('');
  return { html: `${open}>${inner}</${tag}>` };
};

/**
 * The inside of the calculator's declarative shadow root: its styles, the calculator
 * for the default settings, and a slot that shows the static summary where scripts
 * do not run (server-render.css).
 */
export function calculatorShadowHtml(guideUrl: string): string {
  const input = withDefaults();
  const root = calculatorMarkup(html, input, estimateSalary(input), guideUrl);
  return `<style>${css}${pageOnlyCss}</style>${root.html}<slot></slot>`;
}
