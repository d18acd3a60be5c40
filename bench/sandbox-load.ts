// Load on the sandbox's create endpoint: 50 concurrent keep-alive clients on loopback for a
// fixed time (bounded in count too), against the sandbox running as its own process, as the CLI,
// and, interleaved round by round, against a minimal server answering the same JSON
// (bench/minimal-server.ts). Prints creations per second, latency percentiles and the ratio,
// each the median of ROUNDS with the range.
import { Agent, request } from 'node:http';
import { percentile, recordResults } from './results';
import { spawnSandbox } from './spawn-sandbox';

const CLIENTS = 50;
const WARMUP_MS = 1000;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;
const MAX_REQUESTS = 100_000;

const ROUNDS = 5;

const sandbox = await spawnSandbox();
const minimal = await spawnSandbox('bench/minimal-server.ts');
const body = JSON.stringify({
  merchantId: 'ozu_sandbox',
  merchantName: 'Bench Store',
  amount: '12.50',
  currency: 'USD',
  successUrl: 'https://example.com/ok',
  cancelUrl: 'https://example.com/cancel',
  errorUrl: 'https://example.com/error',
});

function createOnce(url: URL, agent: Agent): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-api-key': 'vault_sandbox_key',
          'x-ozura-api-key': 'merchant_sandbox_key',
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(url: URL, agent: Agent, ms: number, latencies: number[] | undefined): Promise<number> {
  const until = performance.now() + ms;
  let count = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until && count < MAX_REQUESTS) {
        const latency = await createOnce(url, agent);
        count += 1;
        latencies?.push(latency);
      }
    }),
  );
  return count;
}

/** Creations per second over DURATION_MS after a warm-up, with the latencies sorted. */
async function round(base: string): Promise<{ perSec: number; latencies: number[] }> {
  const url = new URL('/api/sessions/create', base);
  // Fresh connections each round: a kept-alive one idle through the other server's round would
  // be closed by the server just as it is reused.
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  try {
    await run(url, agent, WARMUP_MS, undefined);
    const latencies: number[] = [];
    const started = performance.now();
    const count = await run(url, agent, DURATION_MS, latencies);
    return { perSec: count / ((performance.now() - started) / 1000), latencies: latencies.sort((a, b) => a - b) };
  } finally {
    agent.destroy();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const range = (values: number[], digits: number): string =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

try {
  const rounds: { sandbox: number; minimal: number; p50: number; p99: number }[] = [];
  for (let n = 0; n < ROUNDS; n++) {
    const ours = await round(sandbox.base);
    const anchor = await round(minimal.base);
    rounds.push({
      sandbox: ours.perSec,
      minimal: anchor.perSec,
      p50: percentile(ours.latencies, 50),
      p99: percentile(ours.latencies, 99),
    });
  }
  const ratios = rounds.map((r) => r.sandbox / r.minimal);
  const figures = {
    sandboxCreatesPerSec: Math.round(median(rounds.map((r) => r.sandbox))),
    sandboxP50Ms: Number(median(rounds.map((r) => r.p50)).toFixed(2)),
    sandboxP99Ms: Number(median(rounds.map((r) => r.p99)).toFixed(2)),
    minimalServerCreatesPerSec: Math.round(median(rounds.map((r) => r.minimal))),
    sandboxVsMinimalRatio: Number(median(ratios).toFixed(2)),
  };
  console.log(`sandbox create load: ${CLIENTS} clients, ${ROUNDS} rounds of ${DURATION_MS / 1000} s, interleaved`);
  console.table({
    'sandbox creates/s': range(
      rounds.map((r) => r.sandbox),
      0,
    ),
    'minimal server creates/s': range(
      rounds.map((r) => r.minimal),
      0,
    ),
    ratio: range(ratios, 2),
  });
  console.table(figures);
  await recordResults(figures);
} finally {
  sandbox.process.kill('SIGTERM');
  minimal.process.kill('SIGTERM');
}
