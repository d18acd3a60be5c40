import { z } from 'zod';
import { CreateSessionInput, CurrencyCode, TipChoiceInput } from '../create-session-input';
import { BuilderDraft } from '../builder-draft';
import { ExportReport, ImportReport, Product, ProductInput } from '../catalogue';
import { HistoryFilter, HistoryPage, HistoryQuery, HistoryTotals, ProductTotals, VerifyResult } from '../history-query';
import { OpenShift, ShiftReport, ShiftSummary } from '../shift';
import { EventJoinInput, EventOverview, EventStatus, HubSetupInput } from '../event';
import { CreateLinkInput, PaymentLinkRecord } from '../payment-link';
import { SessionRecord } from '../session-record';
import {
  ConnectionResult,
  CredentialsInput,
  KeyStatus,
  Preferences,
  ProfileInput,
  SettingsView,
  TippingSetting,
} from '../settings';
import type { CHANNELS, ChannelName } from './channels';
import { SHORTCUTS, type Command } from '../shortcuts';
import { APP_LANGUAGES, PSEUDO_LANGUAGE } from '../i18n/languages';
import { SignInInput, StaffInput, StaffMember, StaffState } from '../staff';
import { AuditEntry } from '../audit';

/** Larger than any amount the API accepts in any currency (999,999,999.99 in hundredths). */
const MAX_SAFE_MINOR = 99_999_999_999;

const COMMANDS = SHORTCUTS.map((s) => s.command) as [Command, ...Command[]];

/** The active profile as every screen shows it (never keys). */
export const ActiveProfile = z.object({
  profileId: z.string(),
  profileName: z.string(),
  environment: z.object({
    kind: z.enum(['sandbox', 'ozura', 'custom']),
    label: z.string(),
    checkoutHost: z.string(),
  }),
  merchantName: z.string(),
  defaultCurrency: z.string(),
  donationPresets: z.array(z.string()),
  stationName: z.string(),
  /** Whether the customer is asked for a tip, and the presets offered (#20). */
  tipping: TippingSetting,
  /** Why sessions cannot be created yet (missing keys or URLs), if so. */
  blocker: z.string().optional(),
  /** Set while the API host cannot be reached: what failed. History stays available. */
  offline: z.string().optional(),
});
export type ActiveProfile = z.infer<typeof ActiveProfile>;

export const AppInfo = z.object({
  version: z.string(),
  active: ActiveProfile,
  /** Things to tell the user once, e.g. a damaged file that was moved aside. */
  notices: z.array(z.string()),
  /** The language everything is said in, and the locale numbers, money and dates are written in. */
  language: z.enum([...APP_LANGUAGES, PSEUDO_LANGUAGE]),
  locale: z.string(),
  /** Who is signed in at this counter, and who may sign in. */
  staff: StaffState,
  theme: Preferences.shape.theme,
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The tip buttons the customer is shown before a sale is created (#20). */
export const TipPrompt = z.object({
  currency: z.string(),
  saleMinor: z.int(),
  options: z.array(z.object({ choice: TipChoiceInput, tipMinor: z.int() })),
});
export type TipPrompt = z.infer<typeof TipPrompt>;

/** What the customer window shows, and the language it says it in. */
const DisplayState = z.object({
  session: SessionRecord.nullable(),
  /** While set, the customer chooses a tip instead of seeing a session. */
  tipPrompt: TipPrompt.nullable(),
  language: AppInfo.shape.language,
  locale: z.string(),
});

const ProfileId = z.strictObject({ id: z.uuid() });
const MemberId = ProfileId;

const idOf = () =>
  z.strictObject({
    id: z.string({ error: 'field.text' }).min(1, { error: 'field.required' }).max(200, { error: 'field.tooLong' }),
  });
const SessionId = idOf();
const LinkId = idOf();

const QrRequest = () => idOf().extend({ format: z.enum(['png', 'svg']) });
const PosterRequest = LinkId.extend({
  paper: z.enum(['a4', 'letter']),
});
/** A file written through a save dialog, or the dialog cancelled. */
const SaveResult = z.object({ cancelled: z.boolean(), file: z.string().optional() });

const NoInput = z.undefined({ error: 'field.noInput' });

/**
 * Which picture to show: a profile's saved logo, the logo a link was made with, or a product's
 * image. Main looks the address up itself, so the window cannot make it fetch any other URL.
 */
const ImageRequest = z.discriminatedUnion('of', [
  z.strictObject({ of: z.literal('profile'), id: z.uuid() }),
  z.strictObject({ of: z.literal('link'), id: LinkId.shape.id }),
  z.strictObject({ of: z.literal('product'), id: z.uuid() }),
]);
/** The picture as a `data:` URL, or null when none is set. */
const ImageAnswer = z.object({ dataUrl: z.string().startsWith('data:image/').nullable() });

const ShiftId = z.strictObject({ id: z.uuid() });

const FileFormat = z.strictObject({ format: z.enum(['csv', 'json']) });

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
  'staff:sign-in': { kind: 'invoke', input: SignInInput, output: StaffMember },
  'staff:lock': { kind: 'invoke', input: NoInput, output: z.object({ locked: z.boolean() }) },
  /** The staff window was touched: the idle lock starts counting again. */
  'staff:activity': { kind: 'invoke', input: NoInput, output: z.object({ idleLockAt: z.number() }) },
  'staff:save': { kind: 'invoke', input: StaffInput, output: z.array(StaffMember) },
  'staff:remove': { kind: 'invoke', input: MemberId, output: z.array(StaffMember) },
  /** The newest entries of the audit log first. */
  'audit:list': { kind: 'invoke', input: NoInput, output: z.array(AuditEntry) },
  'sessions:create': { kind: 'invoke', input: CreateSessionInput, output: SessionRecord },
  'sessions:get': { kind: 'invoke', input: SessionId, output: SessionRecord },
  'sessions:copy-link': { kind: 'invoke', input: SessionId, output: z.object({ copied: z.string() }) },
  'sessions:open-in-browser': { kind: 'invoke', input: SessionId, output: z.object({ opened: z.string() }) },
  'sessions:similar-recent': {
    kind: 'invoke',
    input: z.strictObject({ currency: z.string().length(3), amountMinor: z.int().positive() }),
    output: z.array(SessionRecord),
  },
  'sessions:focus': {
    kind: 'invoke',
    input: z.strictObject({ id: z.string().min(1).max(200).nullable() }),
    output: z.object({ watching: z.string().nullable() }),
  },
  'sessions:reissue': { kind: 'invoke', input: SessionId, output: SessionRecord },
  'sessions:save-qr': { kind: 'invoke', input: QrRequest(), output: SaveResult },
  'sessions:print-slip': { kind: 'invoke', input: SessionId, output: z.object({ printed: z.boolean() }) },
  'sessions:save-slip-pdf': { kind: 'invoke', input: SessionId, output: SaveResult },
  /** A paid session's receipt, on the paper the preferences name (#20). */
  'receipts:print': { kind: 'invoke', input: SessionId, output: z.object({ printed: z.boolean() }) },
  'receipts:save-pdf': { kind: 'invoke', input: SessionId, output: SaveResult },
  'display:get': { kind: 'invoke', input: NoInput, output: DisplayState },
  'display:open-customer-window': { kind: 'invoke', input: NoInput, output: z.object({ opened: z.boolean() }) },
  'display:changed': { kind: 'event', payload: DisplayState },
  /** Asks the customer for a tip on a sale of `saleMinor` (null: the sale went back to the builder). */
  'display:ask-tip': {
    kind: 'invoke',
    input: z.strictObject({ currency: CurrencyCode, saleMinor: z.int().min(0).max(MAX_SAFE_MINOR) }).nullable(),
    output: z.object({ onCustomerWindow: z.boolean() }),
  },
  /** The customer's answer on the customer window: a tip, or none. */
  'display:choose-tip': {
    kind: 'invoke',
    input: z.strictObject({ tip: TipChoiceInput.nullable() }),
    output: z.object({ passedOn: z.boolean() }),
  },
  'display:tip-chosen': { kind: 'event', payload: z.object({ tip: TipChoiceInput.nullable() }) },
  'links:create': { kind: 'invoke', input: CreateLinkInput, output: PaymentLinkRecord },
  'links:list': { kind: 'invoke', input: NoInput, output: z.array(PaymentLinkRecord) },
  'links:copy': { kind: 'invoke', input: LinkId, output: z.object({ copied: z.string() }) },
  'links:save-qr': { kind: 'invoke', input: QrRequest(), output: SaveResult },
  'links:save-poster': { kind: 'invoke', input: PosterRequest, output: SaveResult },
  'links:print-poster': { kind: 'invoke', input: PosterRequest, output: z.object({ printed: z.boolean() }) },
  'history:query': { kind: 'invoke', input: HistoryQuery, output: HistoryPage },
  'history:totals': { kind: 'invoke', input: HistoryFilter.omit({ search: true }), output: HistoryTotals },
  'history:products': { kind: 'invoke', input: HistoryFilter.omit({ search: true }), output: ProductTotals },
  'history:verify': { kind: 'invoke', input: SessionId, output: VerifyResult },
  /** Adds a session this app did not create (e.g. from a payment link), by its id or a URL holding it. */
  'history:lookup': {
    kind: 'invoke',
    input: z.strictObject({
      text: z
        .string({ error: 'lookup.paste' })
        .trim()
        .min(1, { error: 'lookup.paste' })
        .max(2000, { error: 'lookup.tooLong' }),
    }),
    output: SessionRecord,
  },
  'history:export': {
    kind: 'invoke',
    input: z.strictObject({
      filter: HistoryFilter,
      includeBilling: z.boolean(),
      /** Headers in the staff's language and the locale's decimal mark, for a spreadsheet. */
      localeFormat: z.boolean().optional(),
    }),
    output: ExportReport,
  },
  'history:export-progress': { kind: 'event', payload: z.object({ written: z.int(), total: z.int() }) },
  /** The active profile's event and how its sync goes (#21); null when it has joined none. */
  'event:get': { kind: 'invoke', input: NoInput, output: EventStatus.nullable() },
  'event:join': { kind: 'invoke', input: EventJoinInput, output: EventStatus.nullable() },
  'event:leave': { kind: 'invoke', input: ProfileId, output: z.object({ left: z.boolean() }) },
  'event:test': { kind: 'invoke', input: ProfileId, output: z.object({ ok: z.boolean(), message: z.string() }) },
  'event:changed': { kind: 'event', payload: EventStatus.nullable() },
  /** The organiser's Event screen: every station's health and the event's totals; null unless this profile organises one. */
  'event:overview': { kind: 'invoke', input: NoInput, output: EventOverview.nullable() },
  /** "Set up event": saves a nats-server configuration and joins this profile as its organiser. */
  'event:set-up': {
    kind: 'invoke',
    input: HubSetupInput,
    output: z.object({ cancelled: z.boolean(), file: z.string().optional(), status: EventStatus.nullable() }),
  },
  /** The open shift and the closed ones, newest first (#20). */
  'shifts:list': { kind: 'invoke', input: NoInput, output: z.object({ open: OpenShift, past: z.array(ShiftSummary) }) },
  /** Checks the shift's waiting sales, then closes it: its report. */
  'shifts:close': { kind: 'invoke', input: NoInput, output: ShiftReport },
  'shifts:get': { kind: 'invoke', input: ShiftId, output: ShiftReport },
  'shifts:print': { kind: 'invoke', input: ShiftId, output: z.object({ printed: z.boolean() }) },
  'shifts:save-pdf': { kind: 'invoke', input: ShiftId, output: SaveResult },
  'sessions:changed': { kind: 'event', payload: SessionRecord },
  'sessions:watch-state': {
    kind: 'event',
    payload: z.object({
      sessionId: z.string(),
      connection: z.enum(['ok', 'retrying']),
      message: z.string().optional(),
      retryInMs: z.number().optional(),
    }),
  },
  'builder:get-draft': { kind: 'invoke', input: NoInput, output: BuilderDraft.nullable() },
  'builder:save-draft': { kind: 'invoke', input: BuilderDraft.nullable(), output: z.object({ saved: z.boolean() }) },
  'catalogue:list': { kind: 'invoke', input: NoInput, output: z.array(Product) },
  'images:get': { kind: 'invoke', input: ImageRequest, output: ImageAnswer },
  'catalogue:save': { kind: 'invoke', input: ProductInput, output: z.array(Product) },
  'catalogue:delete': { kind: 'invoke', input: z.strictObject({ id: z.uuid() }), output: z.array(Product) },
  'catalogue:import': { kind: 'invoke', input: FileFormat, output: ImportReport },
  'catalogue:export': { kind: 'invoke', input: FileFormat, output: ExportReport },
  'settings:get': { kind: 'invoke', input: NoInput, output: SettingsView },
  'settings:save-profile': { kind: 'invoke', input: ProfileInput, output: SettingsView },
  'settings:delete-profile': { kind: 'invoke', input: ProfileId, output: SettingsView },
  'settings:set-active-profile': { kind: 'invoke', input: ProfileId, output: SettingsView },
  'settings:set-credentials': { kind: 'invoke', input: CredentialsInput, output: KeyStatus },
  'settings:clear-credentials': { kind: 'invoke', input: ProfileId, output: KeyStatus },
  'settings:set-preferences': { kind: 'invoke', input: Preferences, output: SettingsView },
  'settings:test-connection': { kind: 'invoke', input: ProfileId, output: ConnectionResult },
  'settings:changed': { kind: 'event', payload: SettingsView },
  'app:changed': { kind: 'event', payload: AppInfo },
  /** A command chosen in the application menu, for the window to carry out. */
  'app:command': { kind: 'event', payload: z.object({ command: z.enum(COMMANDS) }) },
} as const satisfies { [K in ChannelName]: SpecFor<K> };

export type Contract = typeof contract;
type Invokes = { [K in keyof Contract as Contract[K] extends InvokeSpec ? K : never]: Contract[K] };
export type InvokeInput<K extends keyof Invokes> = z.input<Invokes[K]['input']>;
export type InvokeOutput<K extends keyof Invokes> = z.output<Invokes[K]['output']>;
type Events = { [K in keyof Contract as Contract[K] extends EventSpec ? K : never]: Contract[K] };
export type EventPayload<K extends keyof Events> = z.output<Events[K]['payload']>;
