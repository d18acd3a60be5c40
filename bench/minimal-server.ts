// The anchor for the sandbox's load figure: the least a Node server can do for the same
// request — read the body, parse it, answer the same shape of JSON with a fresh id — and
// nothing else (no keys, no validation, no records). Run by bench/sandbox-load.ts.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { amount: string; currency: string };
    const id = `session_${randomUUID().replaceAll('-', '').slice(0, 14)}`;
    const checkoutUrl = `http://127.0.0.1/checkout/${id}`;
    const text = JSON.stringify({
      success: true,
      data: {
        sessionId: id,
        checkoutUrl,
        expiresAt: new Date(Date.now() + 1_800_000).toISOString(),
        embedCode: `<script>window.open(${JSON.stringify(checkoutUrl)}, "ozura_checkout");</script>`,
        pricing: { subtotal: body.amount, tax: 0, shipping: 0, total: body.amount, currency: body.currency },
      },
    });
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  });
});
server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`listening on http://127.0.0.1:${address.port}`);
});
