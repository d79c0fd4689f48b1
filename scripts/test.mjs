#!/usr/bin/env node
/**
 * `npm test`: every check, stopping at the first stage that fails. The quick checks run
 * as two lines side by side (type check then unit tests; lint then format: each line uses
 * about one core), each stage's output printed whole when it ends; then the builds and
 * the browser tests, which use both cores on their own. Each stage is timed (the side by
 * side ones while sharing the machine); the table is printed at the end and written to bench/suite-times.json, which
 * `npm run bench` prints so a slowdown is seen at the stage where it starts. The
 * install time comes from .ci/run (SUITE_INSTALL_MS) when it ran the install.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const node = process.execPath;
/** Stages as [name, command, args]. */
const CHECK = ['check', node, ['node_modules/astro/bin/astro.mjs', 'check']];
const LINT = ['lint', node, ['node_modules/eslint/bin/eslint.js', '.']];
const FORMAT = ['format', node, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']];
const UNIT = ['unit', node, ['node_modules/vitest/vitest.mjs', 'run']];
/** e2e prints its own sub-stages (builds, built output, browser). */
const E2E = ['e2e', node, ['scripts/e2e.mjs']];
/**
 * Lines that run side by side. The type check and the unit tests both write Astro's
 * generated types (.astro/), so they share a line and never run at once.
 */
const QUICK_LINES = [
  [CHECK, UNIT],
  [LINT, FORMAT],
];

const times = [];
const suiteStarted = performance.now();
const install = Number(process.env.SUITE_INSTALL_MS);
if (Number.isFinite(install) && install > 0) times.push({ stage: 'install', ms: install });

const SUB_STAGES = 'bench/suite-times.e2e.json';
mkdirSync('bench', { recursive: true });
rmSync(SUB_STAGES, { force: true });

let failed = null;
const record = (stage, started, status) => {
  times.push({ stage, ms: Math.round(performance.now() - started) });
  if (status !== 0 && !failed) failed = { stage, status: status ?? 1 };
};

/** Runs a stage with its output held, and prints the output whole when it ends. */
function runHeld([stage, command, args]) {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      console.log(`\n> ${stage}`);
      process.stdout.write(Buffer.concat(output));
      record(stage, started, status);
      done(status);
    });
  });
}

// A line stops at its first failure; the other line finishes, so its output is seen too.
await Promise.all(
  QUICK_LINES.map(async (line) => {
    for (const stage of line) if ((await runHeld(stage)) !== 0) return;
  }),
);

if (!failed) {
  const [stage, command, args] = E2E;
  console.log(`\n> ${stage}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, SUITE_TIMES_FILE: SUB_STAGES } });
  record(stage, started, result.status);
  if (existsSync(SUB_STAGES)) {
    for (const sub of JSON.parse(readFileSync(SUB_STAGES, 'utf8'))) times.push({ stage: `  ${sub.stage}`, ms: sub.ms });
  }
}

// The wall time (side-by-side stages overlap, so their times do not add up), plus the install.
const total = Math.round(performance.now() - suiteStarted) + (times.find((t) => t.stage === 'install')?.ms ?? 0);
console.log('\nTest suite, time per stage (check and unit ran beside lint and format):');
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
