export * from './types';
export { estimateSalary } from './estimate';
export { DEFAULT_ASSUMPTIONS, resolveAssumptions, type AssumptionId, type AssumptionValues } from './assumptions';
export {
  describeIgnored,
  parseCalculatorParams,
  serializeCalculatorParams,
  NUMBER_BOUNDS,
  PARAM_NAMES,
  type IgnoredParam,
  type ParamName,
  type ParsedParams,
} from './params';
