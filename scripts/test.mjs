#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first that fails. Each stage is
 * timed; the table is printed at the end and written to bench/suite-times.json, which
 * `npm run bench` prints so a slowdown is seen at the stage where it starts. The
 * install time comes from .ci/run (SUITE_INSTALL_MS) when it ran the install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const node = process.execPath;
/** Stages as [name, command, args]; e2e prints its own sub-stages (builds, built output, browser). */
const STAGES = [
  ['check', node, ['node_modules/astro/bin/astro.mjs', 'check']],
  ['lint', node, ['node_modules/eslint/bin/eslint.js', '.']],
  ['format', node, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']],
  ['unit', node, ['node_modules/vitest/vitest.mjs', 'run']],
  ['e2e', node, ['scripts/e2e.mjs']],
];

const times = [];
const install = Number(process.env.SUITE_INSTALL_MS);
if (Number.isFinite(install) && install > 0) times.push({ stage: 'install', ms: install });

const SUB_STAGES = 'bench/suite-times.e2e.json';
mkdirSync('bench', { recursive: true });
rmSync(SUB_STAGES, { force: true });

let failed = null;
for (const [stage, command, args] of STAGES) {
  console.log(`\n> ${stage}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, SUITE_TIMES_FILE: SUB_STAGES } });
  times.push({ stage, ms: Math.round(performance.now() - started) });
  if (stage === 'e2e' && existsSync(SUB_STAGES)) {
    for (const sub of JSON.parse(readFileSync(SUB_STAGES, 'utf8'))) times.push({ stage: `  ${sub.stage}`, ms: sub.ms });
  }
  if (result.status !== 0) {
    failed = { stage, status: result.status ?? 1 };
    break;
  }
}

// Sub-stages (indented names) are parts of e2e, not added again.
const total = times.filter((t) => !t.stage.startsWith(' ')).reduce((sum, t) => sum + t.ms, 0);
console.log('\nTest suite, time per stage:');
for (const { stage, ms } of times) console.log(`  ${stage.padEnd(16)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
console.log(`  ${'total'.padEnd(16)} ${(total / 1000).toFixed(1).padStart(7)} s`);
writeFileSync(
  'bench/suite-times.json',
  `${JSON.stringify({ date: new Date().toISOString(), failed, stages: times, totalMs: total }, null, 2)}\n`,
);
if (failed) {
  console.error(`\nnpm test stopped: the ${failed.stage} stage failed.`);
  process.exit(failed.status);
}
