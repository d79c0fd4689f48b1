/**
 * The wording of the notice about settings that were not used (params.ts says which
 * and why). Only needed when something is wrong, so the element loads it with the
 * details, after the first result.
 */
import type { IgnoredParam } from './params';

/** A notice line for an ignored parameter, as plain text. */
export function describeIgnored(p: IgnoredParam): string {
  if (p.name === 'address') return `The address is long (${p.value}): ${p.reason}.`;
  return `Ignored ${p.name}="${p.value}": ${p.reason}. The default is used instead.`;
}
