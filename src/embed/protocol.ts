/**
 * The messages between the embed page (inside an iframe) and resize.js (on the
 * host page). Part of the public v1 contract: change only compatibly.
 */
export const RESIZE_MESSAGE = 'ai-salary-calculator:resize';
export const MEASURE_MESSAGE = 'ai-salary-calculator:measure';
export const PROTOCOL_VERSION = 1;
/** Heights beyond this are refused as implausible (a runaway or hostile message). */
export const MAX_HEIGHT = 20_000;

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  version: typeof PROTOCOL_VERSION;
  height: number;
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d['type'] === RESIZE_MESSAGE &&
    d['version'] === PROTOCOL_VERSION &&
    typeof d['height'] === 'number' &&
    Number.isFinite(d['height']) &&
    d['height'] > 0 &&
    d['height'] <= MAX_HEIGHT
  );
}
