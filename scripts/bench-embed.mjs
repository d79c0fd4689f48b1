#!/usr/bin/env node
/**
 * Embed benchmark (not a test): gzip sizes of the built embed scripts beside their
 * budgets. Needs a build in dist/ (npm run build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [
  ['dist/embed/v1/resize.js', 1024],
  ['dist/embed/v1/salary-calculator.js', 12 * 1024],
];
const rows = budgets.map(([file, budget]) => {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
  return {
    file: file.replace('dist/', ''),
    'gzip bytes': gzip,
    budget,
    within: gzip <= budget ? 'yes' : 'NO',
  };
});
console.log('\nEmbed scripts');
console.table(rows);
