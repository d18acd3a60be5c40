import { z } from 'zod';

/**
 * Fault injection for tests (`POST /__sandbox/faults`). Applies to `/api/*` requests only,
 * in this order: latency, connection reset, 429, 5xx, then a lost response (the request is
 * processed, then the connection is cut before the answer).
 */
export const FaultPlan = z.strictObject({
  latencyMs: z.int().min(0).max(120_000).optional(),
  resetNext: z.int().min(1).optional(),
  rateLimitNext: z.strictObject({ count: z.int().min(1), retryAfterSeconds: z.int().min(0).max(3600) }).optional(),
  failNext: z
    .strictObject({ count: z.int().min(1), status: z.union([z.literal(500), z.literal(502), z.literal(503)]) })
    .optional(),
  dropResponseNext: z.int().min(1).optional(),
});
export type FaultPlan = z.infer<typeof FaultPlan>;

export type FaultAction =
  | { kind: 'reset' }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'fail'; status: number }
  | { kind: 'drop-response' }
  | { kind: 'none' };

/** The active plan; each call to `next()` spends one count of the first fault that has any left. */
export class Faults {
  private plan: FaultPlan = {};

  set(plan: FaultPlan): void {
    this.plan = structuredClone(plan);
  }

  clear(): void {
    this.plan = {};
  }

  get latencyMs(): number {
    return this.plan.latencyMs ?? 0;
  }

  next(): FaultAction {
    const plan = this.plan;
    if (plan.resetNext) {
      plan.resetNext -= 1;
      return { kind: 'reset' };
    }
    if (plan.rateLimitNext && plan.rateLimitNext.count > 0) {
      plan.rateLimitNext.count -= 1;
      return { kind: 'rate-limit', retryAfterSeconds: plan.rateLimitNext.retryAfterSeconds };
    }
    if (plan.failNext && plan.failNext.count > 0) {
      plan.failNext.count -= 1;
      return { kind: 'fail', status: plan.failNext.status };
    }
    if (plan.dropResponseNext) {
      plan.dropResponseNext -= 1;
      return { kind: 'drop-response' };
    }
    return { kind: 'none' };
  }
}
