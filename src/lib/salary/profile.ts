/**
 * "What the sources say for this profile": every yearly pay figure of the evidence
 * base that matches the reader's country, level and employer, read generically from
 * each fact's `pay` context, so new figures appear without code changes. Figures for
 * top employers (`pay.employer: 'top'`) belong to "A top company" only, and match it
 * where their source names no country too. Base and total compensation are kept
 * apart; nothing here is averaged into the model's range.
 */
import { countryOf, levelOf, payFacts, type PayFact } from './evidence';
import { countryName, optionLabel } from './fields';
import type { SalaryInput, SourceFigure } from './types';

const PAY_TYPE_WORDS = { base: 'base salary', total: 'total compensation', unstated: 'pay (base or total not stated)' };

function describe(f: PayFact): string {
  const level = levelOf(f);
  return [
    f.pay.about ?? f.statement,
    level === 'all' ? 'all levels' : level === 'other' ? f.pay.level : optionLabel('level', level),
    countryName(countryOf(f)) + (f.pay.year ? `, ${f.pay.year}` : ''),
    f.pay.statistic,
    PAY_TYPE_WORDS[f.pay.payType],
    f.pay.employer === 'top' ? 'top employers' : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface ProfileFigures {
  figures: SourceFigure[];
  total?: { low: number; high: number; factIds: string[] } | undefined;
  notes: string[];
}

/** Whether a figure speaks to a profile: its level, its country, and top employers only for "A top company". */
export function matchesProfile(f: PayFact, input: Pick<SalaryInput, 'country' | 'level' | 'company'>): boolean {
  const level = levelOf(f);
  if (level !== input.level && level !== 'all') return false;
  const top = f.pay.employer === 'top';
  if (top && input.company !== 'top') return false;
  return countryOf(f) === input.country || (top && countryOf(f) === 'UNSTATED');
}

/** The source figures for a profile, and notes naming what the sources do not give. */
export function profileFigures(input: Pick<SalaryInput, 'country' | 'level' | 'company'>): ProfileFigures {
  const matching = payFacts().filter((f) => matchesProfile(f, input));
  const figures: SourceFigure[] = matching.map((f) => ({
    factId: f.id,
    sourceId: f.source,
    low: f.low,
    high: f.high,
    unit: f.unit,
    payType: f.pay.payType,
    label: describe(f),
  }));
  const level = optionLabel('level', input.level).toLowerCase();
  const where = `${level} engineers in ${countryName(input.country)}`;
  const notes: string[] = [];
  if (matching.length === 0) notes.push(`The sources give no figure for ${where}.`);
  if (input.company === 'top' && !matching.some((f) => f.pay.employer === 'top')) {
    notes.push(`The sources give no figure for ${level} engineers at top employers.`);
  }
  const totals = matching.filter((f) => f.pay.payType === 'total' && f.unit === 'usd-per-year');
  if (matching.length > 0 && totals.length === 0) {
    notes.push(`The sources give no total-compensation figure for ${where}; the estimate above is salary only.`);
  }
  notes.push(
    input.country === 'US'
      ? 'Figures are for the United States; choose another country for its figures.'
      : `The estimate above is placed in the US band: the sources give no band for ${countryName(input.country)} to place it in. Its figures are listed in their own currency.`,
  );
  return {
    figures,
    total:
      totals.length > 0
        ? {
            low: Math.min(...totals.map((f) => f.low)),
            high: Math.max(...totals.map((f) => f.high)),
            factIds: totals.map((f) => f.id),
          }
        : undefined,
    notes,
  };
}
