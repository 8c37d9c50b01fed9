#!/usr/bin/env node
/**
 * `npm run mutation [-- core…]`: StrykerJS over each pure core in turn (one at a time, one test
 * process: mutation runs are CPU-heavy), each against its own specs. A core whose mutation score
 * is below its `break` fails the command. Reports go to reports/mutation/<core>/ (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const CORES = {
  matching: {
    mutate: ['libs/matching/src/core/**/*.ts', '!libs/matching/src/core/**/*.spec.ts', '!libs/matching/src/core/arbitraries.ts'],
    // The example and pinned-answer specs: core.spec.ts's property tests would make each of the
    // 1,159 mutants take seconds, and they can only kill more, so the score is a lower bound.
    specs: ['libs/matching/src/core/**/*.spec.ts', '!libs/matching/src/core/core.spec.ts'],
  },
  allocation: {
    mutate: ['libs/programmes/src/allocation/deferred-acceptance.ts', 'libs/programmes/src/allocation/allocation-input.ts'],
    specs: ['libs/programmes/src/allocation/**/*.spec.ts'],
  },
  rules: {
    mutate: ['libs/employers/src/rules/**/*.ts', '!libs/employers/src/rules/**/*.spec.ts'],
    specs: ['libs/employers/src/rules/**/*.spec.ts'],
  },
  flows: {
    mutate: ['libs/placements/src/proposal-flow.ts', 'libs/placements/src/placement-rules.ts'],
    specs: ['libs/placements/src/proposal-flow.spec.ts', 'libs/placements/src/placement-rules.spec.ts'],
  },
};
/** The lowest score a core may have; the same as `thresholds.break` in stryker.config.mjs. */
const BREAK = 80;

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(CORES);
const unknown = chosen.filter((c) => !CORES[c]);
if (unknown.length) {
  console.error(`unknown core(s): ${unknown.join(', ')}; known: ${Object.keys(CORES).join(', ')}`);
  process.exit(2);
}
const scores = [];
for (const name of chosen) {
  const core = CORES[name];
  const dir = `reports/mutation/${name}`;
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.mjs',
      '--mutate', core.mutate.join(','),
    ],
    { stdio: 'inherit', env: { ...process.env, MUTATION_SPECS: core.specs.join(','), MUTATION_REPORT_DIR: dir } },
  );
  let score = null;
  try {
    const report = JSON.parse(readFileSync(`${dir}/mutation.json`, 'utf8'));
    const files = Object.values(report.files);
    const count = (s) => files.reduce((n, f) => n + f.mutants.filter((m) => s.includes(m.status)).length, 0);
    const detected = count(['Killed', 'Timeout']);
    const valid = detected + count(['Survived', 'NoCoverage']);
    score = valid ? (100 * detected) / valid : 100;
  } catch {
    // no report: the run failed before scoring
  }
  scores.push({ name, score, status: run.status });
}
console.log('\nmutation scores (killed + timed out, of all valid mutants):');
for (const s of scores) console.log(`  ${s.name.padEnd(11)} ${s.score === null ? 'no report' : `${s.score.toFixed(2)}%`}${s.score !== null && s.score < BREAK ? `  below ${BREAK}%` : ''}`);
process.exit(scores.every((s) => s.score !== null && s.score >= BREAK && s.status === 0) ? 0 : 1);
