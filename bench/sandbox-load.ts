// Load on the sandbox's create endpoint: 50 concurrent keep-alive clients on loopback for a
// fixed time (bounded in count too), against the sandbox running as its own process, as the CLI.
// Prints creations per second and latency percentiles.
import { Agent, request } from 'node:http';
import { percentile, recordResults } from './results';
import { spawnSandbox } from './spawn-sandbox';

const CLIENTS = 50;
const WARMUP_MS = 1000;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;
const MAX_REQUESTS = 100_000;

const { base, process: server } = await spawnSandbox();

const url = new URL('/api/sessions/create', base);
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
const body = JSON.stringify({
  merchantId: 'ozu_sandbox',
  merchantName: 'Bench Store',
  amount: '12.50',
  currency: 'USD',
  successUrl: 'https://example.com/ok',
  cancelUrl: 'https://example.com/cancel',
  errorUrl: 'https://example.com/error',
});

function createOnce(): Promise<number> {
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

async function run(ms: number, latencies: number[] | undefined): Promise<number> {
  const until = performance.now() + ms;
  let count = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until && count < MAX_REQUESTS) {
        const latency = await createOnce();
        count += 1;
        latencies?.push(latency);
      }
    }),
  );
  return count;
}

try {
  await run(WARMUP_MS, undefined);
  const latencies: number[] = [];
  const started = performance.now();
  const count = await run(DURATION_MS, latencies);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const figures = {
    sandboxCreatesPerSec: Math.round(count / seconds),
    sandboxP50Ms: Number(percentile(latencies, 50).toFixed(2)),
    sandboxP99Ms: Number(percentile(latencies, 99).toFixed(2)),
  };
  console.log(`sandbox create load: ${CLIENTS} clients, ${count} sessions in ${seconds.toFixed(1)} s`);
  console.table(figures);
  await recordResults(figures);
} finally {
  agent.destroy();
  server.kill('SIGTERM');
}
