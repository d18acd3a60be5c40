// The shape of `window.linkdesk`, derived from the contract by types alone (no runtime code),
// so the renderer and the preload see exactly what main implements.
import type { ChannelName, EventChannel, InvokeChannel } from './channels';
import type { EventPayload, InvokeInput, InvokeOutput } from './contract';
import type { IpcResult } from './result';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type DomainOf<K extends string> = K extends `${infer D}:${string}` ? D : never;
type VerbOf<K extends string> = K extends `${string}:${infer V}` ? V : never;

type MethodName<K extends ChannelName> = K extends EventChannel
  ? `on${Capitalize<Camel<VerbOf<K>>>}`
  : Camel<VerbOf<K>>;

type Method<K extends ChannelName> = K extends InvokeChannel
  ? undefined extends InvokeInput<K>
    ? () => Promise<IpcResult<InvokeOutput<K>>>
    : (input: InvokeInput<K>) => Promise<IpcResult<InvokeOutput<K>>>
  : K extends EventChannel
    ? (listener: (payload: EventPayload<K>) => void) => () => void
    : never;

export type LinkdeskApi = {
  readonly [D in DomainOf<ChannelName>]: {
    readonly [K in ChannelName as DomainOf<K> extends D ? MethodName<K> : never]: Method<K>;
  };
};
