import './guide-evidence'; // the data, before the modules that read it

export * from './types';
export { estimateSalary } from './estimate';
export { DEFAULT_ASSUMPTIONS, resolveAssumptions, type AssumptionId, type AssumptionValues } from './assumptions';
export { deriveConsultingIncome, type ConsultingIncome } from './consulting';
export * from './fields';
export { FIELD_TEXT, type FieldText, type NumberFieldText } from './field-text';
export {
  MAX_QUERY_LENGTH,
  MAX_VALUES_PER_NAME,
  parseParams,
  splitQuery,
  withDefaults,
  type ReadParams,
  type Unused,
  type Why,
} from './params';
export {
  describeIgnored,
  ignoredParam,
  parseCalculatorParams,
  readQuery,
  reasonOf,
  type IgnoredParam,
  type ParsedParams,
} from './notice';
export { rewriteUrl, serializeCalculatorParams } from './serialize';
