// `npm run sandbox -- --port 4010 [--data FILE]`: the emulator on its own, for trying the API by hand.
import { parseArgs } from 'node:util';
import { DEFAULT_ACCOUNT } from './accounts';
import { OzuraSandbox } from './sandbox';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string' },
    'rate-limit': { type: 'string' },
    'merchant-id': { type: 'string', default: DEFAULT_ACCOUNT.merchantId },
    'api-key': { type: 'string', default: DEFAULT_ACCOUNT.apiKey },
    'merchant-key': { type: 'string', default: DEFAULT_ACCOUNT.merchantKey },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}

const rateLimit = values['rate-limit'] === undefined ? undefined : Number(values['rate-limit']);
if (rateLimit !== undefined && (!Number.isInteger(rateLimit) || rateLimit < 1)) {
  console.error(`--rate-limit must be a whole number of requests per minute, not "${values['rate-limit']}"`);
  process.exit(2);
}

const sandbox = new OzuraSandbox({
  host: values.host,
  port,
  ...(values.data && { dataFile: values.data }),
  ...(rateLimit !== undefined && { rateLimitPerMinute: rateLimit }),
  accounts: [{ merchantId: values['merchant-id'], apiKey: values['api-key'], merchantKey: values['merchant-key'] }],
});
const { baseUrl, movedAside } = await sandbox.start();
if (movedAside) console.warn(`The data file could not be read; it was moved to ${movedAside}`);
console.log(`Ozura sandbox listening on ${baseUrl}`);
console.log(
  `  merchantId ${values['merchant-id']}, X-API-KEY ${values['api-key']}, X-OZURA-API-KEY ${values['merchant-key']}`,
);
console.log(values.data ? `  state saved to ${values.data}` : '  state kept in memory (use --data FILE to keep it)');

const shutdown = (): void => {
  void sandbox.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
