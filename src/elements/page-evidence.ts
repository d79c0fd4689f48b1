/**
 * On the guide's own pages the calculator's data comes in the page, as JSON that
 * SalaryCalculator.astro writes at build time, so the element's script carries
 * none. Imported first by define.ts, before the modules that read the data.
 */
import { EVIDENCE_ID, useEvidence, type EvidenceData } from '../lib/salary/evidence';

const json = document.getElementById(EVIDENCE_ID)?.textContent;
if (json) useEvidence(JSON.parse(json) as EvidenceData);
