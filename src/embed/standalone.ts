/**
 * /embed/v1/salary-calculator.js: the calculator as one classic script for any
 * page. Links in it point back to the guide this script was served from.
 */
import { defineSalaryCalculator, setDefaultGuideUrl } from '../elements/salary-calculator';

const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) setDefaultGuideUrl(new URL('../../', script.src).href);
defineSalaryCalculator();
