/**
 * Runs inside the embed page: applies the `theme` parameter and reports the page's
 * height to the host (on load, on every change, and when resize.js asks).
 */
import '../elements/define';
import { MEASURE_MESSAGE, PROTOCOL_VERSION, RESIZE_MESSAGE } from './protocol';

const THEMES = ['light', 'dark', 'auto'];
const requested = new URL(window.location.href).searchParams.get('theme')?.trim().toLowerCase() ?? 'auto';
const theme = THEMES.includes(requested) ? requested : 'auto';
document.documentElement.dataset['theme'] = theme;
document.querySelector('ai-salary-calculator')?.setAttribute('theme', theme);

let last = 0;
function report(force = false): void {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (!force && height === last) return;
  last = height;
  // The height is not a secret, and the host's origin is not known: any may read it.
  window.parent.postMessage({ type: RESIZE_MESSAGE, version: PROTOCOL_VERSION, height }, '*');
}

new ResizeObserver(() => report()).observe(document.documentElement);
window.addEventListener('message', (event) => {
  if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === MEASURE_MESSAGE)
    report(true);
});
report(true);
