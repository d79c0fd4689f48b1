/**
 * The other half of the parameter contract (params.ts): the parameters that
 * reproduce an input, writing only what differs from the defaults, in the field
 * table's order, and an address rewritten with them.
 */
import { ADJUSTABLE_ASSUMPTIONS, FIELDS, toDisplay } from './fields';
import { isParamName } from './params';
import { SKILLS, type AssumptionOverrides, type SalaryInput } from './types';

/** The parameters that reproduce `input`: only values that differ from the defaults. */
export function serializeCalculatorParams(input: SalaryInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    if (field.kind === 'choice') {
      const value = input[field.name as 'level'];
      if (value !== field.default) params.set(field.name, value);
    } else if (field.kind === 'set') {
      const skills = SKILLS.filter((s) => input.skills.includes(s));
      if (skills.length > 0) params.set(field.name, skills.join(','));
    } else {
      const value = input[field.name];
      if (value !== undefined) params.set(field.name, String(value));
    }
  }
  const assume = ADJUSTABLE_ASSUMPTIONS.flatMap((a) => {
    const v = input.assumptions?.[a.id as keyof AssumptionOverrides];
    return v === undefined || v === a.value ? [] : [`${a.id}:${toDisplay(a.unit, v)}`];
  });
  if (assume.length > 0) params.set('assume', assume.join(','));
  return params;
}

/**
 * `href` with the calculator's parameters replaced by `input`'s. Names are matched
 * case-insensitively (`?LEVEL=staff` is replaced, not left beside `level=`), and
 * other parameters of the host page are kept.
 */
export function rewriteUrl(href: string, input: SalaryInput): string {
  const url = new URL(href);
  const kept = [...url.searchParams].filter(([name]) => !isParamName(name.toLowerCase()));
  url.search = new URLSearchParams([...kept, ...serializeCalculatorParams(input)]).toString();
  return url.href;
}
