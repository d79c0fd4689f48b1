/**
 * /embed/v1/salary-calculator.js: the calculator as one classic script for any
 * page. Links in it point back to the guide this script was served from. Its data
 * is built in (bundle.ts inlines the slimmed data for guide-evidence), and so are
 * its drawing and styles (lazy-built-in.ts; on the guide's own pages the build draws
 * it into the page).
 */
import '../lib/salary/guide-evidence'; // first: the data, before the modules that read it
import { defineSalaryCalculator, setDefaultGuideUrl } from '../elements/salary-calculator';

const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) setDefaultGuideUrl(new URL('../../', script.src).href);
defineSalaryCalculator();
