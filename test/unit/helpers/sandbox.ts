import { afterEach } from 'vitest';
import { postCardForm } from '../../support/checkout-form';
import type { CreateSessionData } from '../../../src/shared/ozura/responses';
import { DEFAULT_ACCOUNT } from '../../../src/main/sandbox/accounts';
import { OzuraSandbox, type SandboxOptions } from '../../../src/main/sandbox/sandbox';

export const KEYS = { 'x-api-key': DEFAULT_ACCOUNT.apiKey, 'x-ozura-api-key': DEFAULT_ACCOUNT.merchantKey };

const running: OzuraSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.stop()));
});

/** A sandbox on 127.0.0.1 and a free port, stopped after the test. */
export async function startSandbox(options: SandboxOptions = {}): Promise<{ sandbox: OzuraSandbox; base: string }> {
  const sandbox = new OzuraSandbox(options);
  const { baseUrl } = await sandbox.start();
  running.push(sandbox);
  return { sandbox, base: baseUrl };
}

/** A create-session body the sandbox accepts; override any field. */
export function sessionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    merchantId: DEFAULT_ACCOUNT.merchantId,
    merchantName: 'Corner Cafe',
    amount: '25.00',
    currency: 'USD',
    successUrl: 'https://shop.example/success?ref=abc',
    cancelUrl: 'https://shop.example/cart',
    errorUrl: 'https://shop.example/error',
    ...overrides,
  };
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = KEYS,
): Promise<{ status: number; json: any; headers: Headers }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined, headers: response.headers };
}

export async function createSession(base: string, overrides: Record<string, unknown> = {}): Promise<CreateSessionData> {
  const { status, json } = await postJson(`${base}/api/sessions/create`, sessionBody(overrides));
  if (status !== 200) throw new Error(`create failed: ${status} ${JSON.stringify(json)}`);
  return (json as { data: CreateSessionData }).data;
}

export async function getSession(base: string, id: string): Promise<any> {
  const response = await fetch(`${base}/api/sessions/${id}`);
  return response.json();
}

/** Submits the hosted card form as a browser would, without following the redirect. */
export async function submitCard(
  base: string,
  sessionId: string,
  fields: Record<string, string> = {},
): Promise<{ status: number; location: string | null; html: string }> {
  const response = await postCardForm(`${base}/checkout/${sessionId}`, fields);
  return { status: response.status, location: response.headers.get('location'), html: await response.text() };
}

/** Opens a payment link as a browser would: each visit is redirected to a brand-new checkout session. */
export async function visitLink(url: string): Promise<{ status: number; sessionId?: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  return { status: response.status, ...(location && { sessionId: location.split('/').pop() }) };
}
