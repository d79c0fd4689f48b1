/** Registers <ai-salary-calculator> (the entry the pages and the benchmark load). */
import { defineSalaryCalculator } from './salary-calculator';

defineSalaryCalculator();
