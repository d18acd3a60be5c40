// Runs one benchmark RUNS times (default 5) and records the median of each figure, printing
// the range beside it: this machine is shared, and one run is not a figure.
//   node --import tsx bench/repeat.ts bench/history.ts [runs]
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordResults } from './results';

const [script, runsText = '5'] = process.argv.slice(2);
if (!script) throw new Error('usage: repeat.ts <bench script> [runs]');
const runs = Number(runsText);
const dir = await mkdtemp(join(tmpdir(), 'linkdesk-bench-repeat-'));
const out = join(dir, 'figures.json');
const samples = new Map<string, number[]>();
try {
  for (let run = 1; run <= runs; run++) {
    console.log(`${script}: run ${run} of ${runs}`);
    execFileSync(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BENCH_FIGURES_OUT: out },
    });
    const figures = JSON.parse(await readFile(out, 'utf8')) as Record<string, number>;
    for (const [key, value] of Object.entries(figures)) samples.set(key, [...(samples.get(key) ?? []), value]);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

const medians: Record<string, number> = {};
const table: Record<string, { median: number; min: number; max: number }> = {};
for (const [key, values] of samples) {
  const sorted = [...values].sort((a, b) => a - b);
  medians[key] = sorted[Math.floor(sorted.length / 2)] as number;
  table[key] = { median: medians[key], min: sorted[0] as number, max: sorted.at(-1) as number };
}
console.log(`${script}: median of ${runs} runs, with the range`);
console.table(table);
await recordResults(medians);
