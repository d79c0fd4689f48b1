/**
 * Element tests from CSS selectors, compiled once. The simple forms the build uses
 * (`tag`, `.class`, `[data-x]`) are checked directly; anything else goes to
 * hast-util-select, which parses the selector on every call (slow over a whole
 * guide's worth of elements).
 */
import type { Element } from 'hast';
import { matches } from 'hast-util-select';

export type ElementTest = (element: Element) => boolean;

/** `data-embed-preview` → `dataEmbedPreview`, as hast names data attributes. */
const dataProperty = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

function compileOne(selector: string): ElementTest {
  if (/^[a-z][a-z0-9-]*$/.test(selector)) return (element) => element.tagName === selector;
  const className = /^\.([\w-]+)$/.exec(selector)?.[1];
  if (className) {
    return (element) => {
      const classes = element.properties['className'];
      return Array.isArray(classes) && classes.includes(className);
    };
  }
  const data = /^\[(data-[a-z]+(?:-[a-z]+)*)\]$/.exec(selector)?.[1];
  if (data) {
    const property = dataProperty(data);
    return (element) => element.properties[property] !== undefined && element.properties[property] !== null;
  }
  return (element) => matches(selector, element);
}

/** One test for a list of selectors: true when the element matches any of them. */
export function compileSelectors(selectors: readonly string[]): ElementTest {
  const tests = selectors.map(compileOne);
  return (element) => tests.some((test) => test(element));
}
