// History at 100,000 and 1,000,000 sessions: cold start (open, first page and totals of
// "All time"), its memory, and search keystrokes in main's index, idle and right after a
// change. Each cold start is a fresh process; the figures are the median of RUNS, with the
// range. The first start after an upgrade (no snapshot yet, the whole log read) is measured too.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SNAPSHOT_FILE } from '../src/main/core/history/history-snapshot';
import { HISTORY_FILE, HistoryStore } from '../src/main/core/history/history-store';
import { recordResults } from './results';
import { seedHistory } from './seed-history';

const RUNS = 5;
const SIZES = [100_000, 1_000_000];

interface ChildFigures {
  openMs: number;
  rssMb: number;
  searchP95Ms: number;
  searchAfterChangeP95Ms: number;
  size: number;
}

function coldStart(dir: string): ChildFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/history-open-child.ts', dir], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ChildFigures;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function summary(values: number[], digits = 0): { median: number; min: number; max: number } {
  const round = (v: number): number => Number(v.toFixed(digits));
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) };
}

const figures: Record<string, number> = {};
for (const size of SIZES) {
  const label = size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`;
  const dir = await mkdtemp(join(tmpdir(), 'linkdesk-history-scale-'));
  try {
    await seedHistory(dir, size);
    const logMb = (await stat(join(dir, HISTORY_FILE))).size / 1024 / 1024;
    // First start after an upgrade: no snapshot, the whole log is read (and a snapshot written after).
    const upgrade: number[] = [];
    for (let run = 0; run < (size >= 1_000_000 ? 3 : RUNS); run++) {
      await rm(join(dir, SNAPSHOT_FILE), { force: true });
      upgrade.push(coldStart(dir).openMs);
    }
    const started = performance.now();
    const store = await HistoryStore.open(dir);
    await store.snapshotInTurn();
    await store.close();
    const snapshotMs = performance.now() - started;
    const snapshotMb = (await stat(join(dir, SNAPSHOT_FILE))).size / 1024 / 1024;

    const runs: ChildFigures[] = [];
    // Each run makes 60 new sales (the searches after a change), so later runs also replay a
    // short tail of the log after the snapshot, as a real start does.
    for (let run = 0; run < RUNS; run++) runs.push(coldStart(dir));
    const open = summary(runs.map((r) => r.openMs));
    const rss = summary(runs.map((r) => r.rssMb));
    const search = summary(
      runs.map((r) => r.searchP95Ms),
      1,
    );
    const changed = summary(
      runs.map((r) => r.searchAfterChangeP95Ms),
      1,
    );
    const first = summary(upgrade);
    console.log(`\n${label} sessions: log ${logMb.toFixed(0)} MB, snapshot ${snapshotMb.toFixed(0)} MB`);
    console.table({
      'cold start: open + first page + totals (ms)': open,
      'RSS after it (MB)': rss,
      'search keystroke p95 (ms)': search,
      'search keystroke right after a new sale, p95 (ms)': changed,
      'first start after upgrade, whole log (ms)': first,
      'snapshot written from scratch (ms, one run)': summary([snapshotMs]),
    });
    figures[`historyOpen${label}Ms`] = open.median;
    figures[`historyRss${label}Mb`] = rss.median;
    figures[`historySearch${label}P95Ms`] = search.median;
    figures[`historySearchAfterChange${label}P95Ms`] = changed.median;
    figures[`historyFullReplay${label}Ms`] = first.median;
    if (size === 100_000) {
      // Kept under their earlier names: the first of the cold starts, and the keystroke p95.
      figures.historyOpen100kFirstMs = Math.round(runs[0]?.openMs ?? Number.NaN);
      figures.historySearch100kMs = search.median;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
await recordResults(figures);
