/**
 * /embed/v1/resize.js, for the host page: every iframe showing the embed page gets
 * the height of its content and follows it. A message counts only if it comes from
 * the guide's origin, from the window of a matching iframe, in the expected shape.
 */
import { MEASURE_MESSAGE, isResizeMessage } from './protocol';

const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
  const embed = new URL('../salary-calculator/', script.src);

  const isEmbedFrame = (frame: HTMLIFrameElement): boolean => {
    try {
      const src = new URL(frame.src, window.location.href);
      // The embed page answers at its folder address and at the index.html inside it.
      return (
        src.origin === embed.origin &&
        (src.pathname === embed.pathname || src.pathname === `${embed.pathname}index.html`)
      );
    } catch {
      return false;
    }
  };
  const frames = () => Array.from(document.querySelectorAll('iframe')).filter(isEmbedFrame);

  window.addEventListener('message', (event) => {
    if (event.origin !== embed.origin || !isResizeMessage(event.data)) return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      frame.style.height = `${Math.ceil(event.data.height)}px`;
      frame.setAttribute('scrolling', 'no');
    }
  });

  // A frame still on its initial about:blank (same origin as the host, so readable)
  // has not loaded the embed page yet; it reports by itself once it has. Posting to it
  // now would only log an origin-mismatch error on the host's console.
  const loaded = (frame: HTMLIFrameElement): boolean => {
    try {
      return frame.contentWindow?.location.href !== 'about:blank';
    } catch {
      return true; // cross-origin: the embed page (or another) is in it
    }
  };
  // Frames that loaded before this script ran have already reported: ask them again.
  const ask = () => {
    for (const frame of frames())
      if (loaded(frame)) frame.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, embed.origin);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
}
