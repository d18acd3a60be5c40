import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';

const FILE = new URL('./results.json', import.meta.url);

/** Merges this benchmark's figures into bench/results.json, with the machine they came from. */
export async function recordResults(figures: Record<string, number>): Promise<void> {
  // bench/repeat.ts collects each run's own figures here.
  if (process.env.BENCH_FIGURES_OUT) await writeFile(process.env.BENCH_FIGURES_OUT, JSON.stringify(figures));
  let current: Record<string, unknown> = {};
  try {
    current = JSON.parse(await readFile(FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    // First run: start a new file.
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
  await writeFile(
    FILE,
    `${JSON.stringify({ ...current, ...figures, machine, measuredAt: new Date().toISOString() }, null, 2)}\n`,
  );
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
