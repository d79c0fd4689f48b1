/**
 * Hands the guide's data to the calculator (Node: pages, tests; and the standalone
 * script, where src/embed/bundle.ts replaces this module with the slimmed data
 * itself). Import it before the model.
 */
import { assumptionEntries } from '../../data/assumptions';
import { factEntries } from '../../data/facts';
import { payFigureEntries } from '../../data/pay-figures';
import { independentSourceEntries, sourceEntries } from '../../data/sources';
import { slimEvidence, useEvidence } from './evidence';

export const guideEvidence = slimEvidence({
  facts: factEntries,
  payFigures: payFigureEntries,
  sources: [...sourceEntries, ...independentSourceEntries],
  assumptions: assumptionEntries,
});
useEvidence(guideEvidence);
