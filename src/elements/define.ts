/**
 * Registers <ai-salary-calculator> on the guide's pages (the entry the pages and the
 * benchmark load). Its data comes in the page, as JSON (see lib/salary/evidence.ts).
 */
import { defineSalaryCalculator } from './salary-calculator';

defineSalaryCalculator();
