// The status scheduler's background checks with 1,000 pending sessions against the sandbox (its own process,
// loopback): requests per minute and this process's CPU per minute; then with nothing pending.
// Bounded: a warm-up and one measured minute (BENCH_SYNC_SECONDS to change it).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HistoryStore } from '../src/main/core/history/history-store';
import { OzuraClient } from '../src/main/core/ozura-client/client';
import { realTimers, silentLogger } from '../src/main/core/ports';
import { StatusScheduler } from '../src/main/core/sessions/status-scheduler';
import { sessionRecord } from '../test/support/records';
import { recordResults } from './results';
import { spawnSandbox } from './spawn-sandbox';

const PENDING = 1000;
const WARMUP_MS = 15_000;
const MEASURE_MS = Number(process.env.BENCH_SYNC_SECONDS ?? 60) * 1000;
const IDLE_MS = 10_000;

const { base, process: server } = await spawnSandbox();
const dir = await mkdtemp(join(tmpdir(), 'linkdesk-sync-bench-'));
const client = new OzuraClient({
  baseUrl: base,
  credentials: { apiKey: 'vault_sandbox_key', merchantKey: 'merchant_sandbox_key' },
});

async function run(history: HistoryStore, ms: number): Promise<{ requests: number; cpuMs: number }> {
  const sync = new StatusScheduler({
    history,
    getSession: (r) => client.getSession(r.id),
    timers: realTimers,
    logger: silentLogger,
    onChange: () => {},
  });
  sync.start();
  await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));
  const requestsBefore = sync.requests;
  const cpuBefore = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const cpu = process.cpuUsage(cpuBefore);
  const requests = sync.requests - requestsBefore;
  await sync.stop();
  return { requests, cpuMs: (cpu.user + cpu.system) / 1000 };
}

try {
  const history = await HistoryStore.open(dir);
  const now = Date.now();
  for (let i = 0; i < PENDING; i++) {
    const created = await client.createSession({
      merchantId: 'ozu_sandbox',
      merchantName: 'Bench Store',
      amount: '5.00',
      currency: 'USD',
      successUrl: 'https://example.com/ok',
      cancelUrl: 'https://example.com/cancel',
      errorUrl: 'https://example.com/error',
    });
    await history.append(
      sessionRecord(created.sessionId, {
        checkoutUrl: created.checkoutUrl,
        environmentKind: 'custom',
        apiBaseUrl: base,
        createdAt: new Date(now - (i % 600) * 1000).toISOString(),
        expiresAt: created.expiresAt,
      }),
    );
  }
  const busy = await run(history, MEASURE_MS);
  await history.close();

  const idleDir = await mkdtemp(join(tmpdir(), 'linkdesk-sync-idle-'));
  const idleHistory = await HistoryStore.open(idleDir);
  const idle = await run(idleHistory, IDLE_MS);
  await idleHistory.close();
  await rm(idleDir, { recursive: true, force: true });

  const perMinute = 60_000 / MEASURE_MS;
  const figures = {
    sync1kPendingRequestsPerMin: Math.round(busy.requests * perMinute),
    sync1kPendingCpuMsPerMin: Math.round(busy.cpuMs * perMinute),
    syncIdleRequestsPerMin: Math.round((idle.requests * 60_000) / IDLE_MS),
  };
  console.log(
    `sync engine: ${PENDING} pending sessions, measured ${MEASURE_MS / 1000} s after a ${WARMUP_MS / 1000} s warm-up; idle ${IDLE_MS / 1000} s`,
  );
  console.table(figures);
  await recordResults(figures);
} finally {
  server.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
}
