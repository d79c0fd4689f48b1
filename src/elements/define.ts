/** Registers <ai-salary-calculator> on the guide's pages (the entry the pages and the benchmark load). */
import './page-evidence'; // first: the data, before the modules that read it
import { defineSalaryCalculator } from './salary-calculator';

defineSalaryCalculator();
