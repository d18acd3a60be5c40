import { z } from 'zod';
import { CreateSessionInput } from '../create-session-input';
import { SessionRecord } from '../session-record';
import type { CHANNELS, ChannelName } from './channels';

/** The environment the app talks to, as the renderer may know it (never keys). */
export const AppInfo = z.object({
  version: z.string(),
  environment: z.object({
    kind: z.enum(['sandbox', 'ozura', 'custom']),
    label: z.string(),
    checkoutHost: z.string(),
  }),
  merchantName: z.string(),
  defaultCurrency: z.string(),
  /** Things to tell the user once, e.g. a damaged file that was moved aside. */
  notices: z.array(z.string()),
});
export type AppInfo = z.infer<typeof AppInfo>;

const SessionId = z.strictObject({
  id: z.string({ error: 'Session id must be text' }).min(1, { error: 'Session id is required' }).max(200),
});

const NoInput = z.undefined({ error: 'This call takes no input' });

interface InvokeSpec {
  kind: 'invoke';
  input: z.ZodType;
  output: z.ZodType;
}
interface EventSpec {
  kind: 'event';
  payload: z.ZodType;
}
type SpecFor<K extends ChannelName> = (typeof CHANNELS)[K] extends 'invoke' ? InvokeSpec : EventSpec;

/** THE IPC contract: every channel's schemas. Types on both sides come from these. */
export const contract = {
  'app:get-info': { kind: 'invoke', input: NoInput, output: AppInfo },
  'sessions:create': { kind: 'invoke', input: CreateSessionInput, output: SessionRecord },
  'sessions:get': { kind: 'invoke', input: SessionId, output: SessionRecord },
  'sessions:copy-link': { kind: 'invoke', input: SessionId, output: z.object({ copied: z.string() }) },
  'sessions:changed': { kind: 'event', payload: SessionRecord },
} as const satisfies { [K in ChannelName]: SpecFor<K> };

export type Contract = typeof contract;
type Invokes = { [K in keyof Contract as Contract[K] extends InvokeSpec ? K : never]: Contract[K] };
export type InvokeInput<K extends keyof Invokes> = z.input<Invokes[K]['input']>;
export type InvokeOutput<K extends keyof Invokes> = z.output<Invokes[K]['output']>;
type Events = { [K in keyof Contract as Contract[K] extends EventSpec ? K : never]: Contract[K] };
export type EventPayload<K extends keyof Events> = z.output<Events[K]['payload']>;
