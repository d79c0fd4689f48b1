/**
 * /embed/v1/salary-calculator.js: the calculator as one classic script for any
 * page. Links in it point back to the guide this script was served from. Its data
 * is built in (bundle.ts inlines the slimmed data for guide-evidence).
 */
import '../lib/salary/guide-evidence'; // first: the data, before the modules that read it
import { defineSalaryCalculator, setDefaultGuideUrl } from '../elements/salary-calculator';

const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) setDefaultGuideUrl(new URL('../../', script.src).href);
defineSalaryCalculator();
