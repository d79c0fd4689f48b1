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
      return src.origin === embed.origin && src.pathname === embed.pathname;
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

  // Frames that loaded before this script ran have already reported: ask them again.
  const ask = () => {
    for (const frame of frames()) frame.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, embed.origin);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
}
