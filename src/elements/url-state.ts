/**
 * The calculator's state in the page address, read once on connect. Writing it back
 * (url-writer.ts) is loaded with the details, after the first result.
 */
import { parseCalculatorParams, readQuery, type ParsedParams } from '../lib/salary/params';

export function readUrlState(): ParsedParams {
  const { params, ignored } = readQuery(window.location.search);
  const parsed = parseCalculatorParams(params);
  return { given: parsed.given, ignored: [...ignored, ...parsed.ignored] };
}
