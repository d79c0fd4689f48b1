/**
 * The calculator's state in the page address, read once on connect. Writing it back
 * (url-writer.ts) is loaded with the details, after the first result, as are the
 * words for values it could not use (lib/salary/notice.ts).
 */
import { parseParams, splitQuery, type ReadParams } from '../lib/salary/params';

export function readUrlState(): ReadParams {
  const { params, unused } = splitQuery(window.location.search);
  const parsed = parseParams(params);
  return { given: parsed.given, unused: [...unused, ...parsed.unused] };
}
