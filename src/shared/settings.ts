import { z } from 'zod';
import { CurrencyCode } from './create-session-input';
import { AMOUNT, amountProblem } from './amount-rules';
import { MAX_URL_CHARS } from './limits';
import { AbsoluteUrl } from './urls';
import { LANGUAGE_PREFERENCES } from './i18n/languages';
import { MAX_TIP_PERCENT, TIP_PRESET_COUNT, TIPPING_OFF, percentHundredths } from './tips';
import { issueOf } from './field-errors';
import { RECEIPT_PAPERS } from './receipt-paper';
import { text as message } from './i18n/translator';

export const OZURA_BASE_URL = 'https://checkout.ozura.com';

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/** A custom API host: https, except on this machine (a local sandbox or tunnel). */
export const CustomBaseUrl = z
  .string({ error: 'field.text' })
  .trim()
  .max(MAX_URL_CHARS, { error: 'field.tooLong' })
  .refine(
    (text) => {
      try {
        const url = new URL(text);
        return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
      } catch {
        return false;
      }
    },
    { error: 'settings.baseUrlHttps' },
  )
  .transform((text) => new URL(text).origin);

export const Environment = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sandbox') }),
  z.strictObject({ kind: z.literal('ozura') }),
  z.strictObject({ kind: z.literal('custom'), baseUrl: CustomBaseUrl }),
]);
export type Environment = z.infer<typeof Environment>;

/** A CSS hex colour, #rgb or #rrggbb (brand colours, catalogue tiles). */
export const HexColor = z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { error: 'field.hexColour' });

/** The branding a profile sends with every session (a subset of ozura-api.md §7). */
export const Appearance = z.strictObject({
  primaryColor: HexColor.optional(),
  backgroundColor: HexColor.optional(),
  textColor: HexColor.optional(),
  buttonBackgroundColor: HexColor.optional(),
  buttonTextColor: HexColor.optional(),
  logoUrl: z
    .string()
    .trim()
    .max(MAX_URL_CHARS, { error: 'field.tooLong' })
    .refine((text) => text.startsWith('https://') && URL.canParse(text), { error: 'settings.logoHttps' })
    .optional(),
  borderRadius: z.enum(['none', 'sm', 'base', 'lg', 'xl', 'full']).optional(),
});
export type Appearance = z.infer<typeof Appearance>;

const Preset = z.string().refine((text) => amountProblem(text, 'USD', AMOUNT) === undefined, {
  error: 'settings.presetAmount',
});

/** Tipping (#20): off unless a manager turns it on; presets are all percents or all amounts. */
export const TippingSetting = z
  .strictObject({
    enabled: z.boolean({ error: 'field.trueOrFalse' }),
    unit: z.enum(['percent', 'amount'], { error: 'settings.tipUnit' }),
    presets: z
      .array(z.string({ error: 'field.text' }).trim().max(20, { error: 'field.tooLong' }))
      .length(TIP_PRESET_COUNT, { error: 'settings.tipPresetCount' }),
  })
  .superRefine((tipping, ctx) => {
    tipping.presets.forEach((preset, index) => {
      const fine =
        tipping.unit === 'percent'
          ? percentHundredths(preset) !== undefined
          : amountProblem(preset, 'USD', AMOUNT) === undefined;
      if (!fine)
        ctx.addIssue(
          issueOf(
            ['presets', index],
            tipping.unit === 'percent'
              ? message('settings.tipPercent', { max: MAX_TIP_PERCENT })
              : message('settings.presetAmount'),
          ),
        );
    });
  });

/** A shop, an event or a charity: who the money goes to and how sessions are made. Never keys. */
export const Profile = z.strictObject({
  id: z.uuid(),
  name: z.string().trim().min(1, { error: 'settings.profileNameRequired' }).max(60, { error: 'field.tooLong' }),
  environment: Environment,
  merchantId: z.string().trim().min(1, { error: 'field.required' }).max(30, { error: 'field.tooLong' }),
  merchantName: z.string().trim().min(1, { error: 'field.required' }).max(200, { error: 'field.tooLong' }),
  successUrl: AbsoluteUrl.optional(),
  cancelUrl: AbsoluteUrl.optional(),
  errorUrl: AbsoluteUrl.optional(),
  defaultCurrency: CurrencyCode,
  donationPresets: z.array(Preset).max(8, { error: 'settings.presetsMax' }),
  stationName: z.string().trim().max(60, { error: 'field.tooLong' }),
  appearance: Appearance,
  /** Profiles saved before #20 have none: tipping off. */
  tipping: TippingSetting.default(TIPPING_OFF),
});
export type Profile = z.infer<typeof Profile>;

/** The idle lock's preference: 5 minutes unless a manager chooses between 1 and 120. */
export const IDLE_LOCK_MINUTES = { min: 1, max: 120, default: 5 } as const;

export const Preferences = z.strictObject({
  sound: z.boolean(),
  notifications: z.boolean(),
  /** Seconds after a payment before the screen returns to a new sale; 0 = stay. */
  autoReturnSeconds: z.int().min(0).max(600),
  /** Seconds between checks of the session on screen. */
  statusCheckSeconds: z.int().min(2, { error: 'field.atLeastSeconds' }).max(30, { error: 'field.atMostSeconds' }),
  theme: z.enum(['system', 'light', 'dark', 'high-contrast']),
  /** The app's language: the system's, or one chosen (settings saved before #17 have none). */
  language: z.enum(LANGUAGE_PREFERENCES).default('system'),
  /** Minutes without a touch before a counter with staff locks itself (settings before #19 have none). */
  idleLockMinutes: z
    .int()
    .min(IDLE_LOCK_MINUTES.min, { error: 'field.atLeastMinutes' })
    .max(IDLE_LOCK_MINUTES.max, { error: 'field.atMostMinutes' })
    .default(IDLE_LOCK_MINUTES.default),
  /** What receipts print on (settings before #20 have none: A4). */
  receiptPaper: z.enum(RECEIPT_PAPERS).default('a4'),
  /** An on-screen keypad under the amount, for touch tills (settings before #18 have none: off). */
  keypad: z.boolean().default(false),
});
export type Preferences = z.infer<typeof Preferences>;

/** The settings file, as stored and as validated when read back. */
export const Settings = z.strictObject({
  version: z.literal(1),
  activeProfileId: z.uuid(),
  profiles: z.array(Profile).min(1),
  preferences: Preferences,
});
export type Settings = z.infer<typeof Settings>;

export const SANDBOX_MERCHANT_ID = 'ozu_sandbox';

/**
 * The built-in sandbox's name as stored (in settings and on every record it made), one fixed
 * text so files never change with the language; screens say it in the staff's language.
 */
export const SANDBOX_LABEL = 'Built-in sandbox';

export const DEFAULT_PREFERENCES: Preferences = {
  sound: true,
  notifications: true,
  autoReturnSeconds: 0,
  statusCheckSeconds: 2,
  theme: 'system',
  language: 'system',
  idleLockMinutes: IDLE_LOCK_MINUTES.default,
  receiptPaper: 'a4',
  keypad: false,
};

export function sandboxProfile(id: string): Profile {
  return {
    id,
    name: SANDBOX_LABEL,
    environment: { kind: 'sandbox' },
    merchantId: SANDBOX_MERCHANT_ID,
    merchantName: 'Sandbox Store',
    defaultCurrency: 'USD',
    donationPresets: ['5', '10', '20', '50'],
    stationName: '',
    appearance: {},
    tipping: TIPPING_OFF,
  };
}

/** What the renderer may know of a profile's keys: whether they are set and a masked hint. */
export const KeyStatus = z.object({
  configured: z.boolean(),
  apiKeyHint: z.string().optional(),
  merchantKeyHint: z.string().optional(),
  /** True when the keys are stored with Linux's basic_text backend (obfuscated, not encrypted). */
  weaklyProtected: z.boolean().optional(),
});
export type KeyStatus = z.infer<typeof KeyStatus>;

export const SettingsView = z.object({
  activeProfileId: z.string(),
  profiles: z.array(Profile.extend({ keys: KeyStatus })),
  preferences: Preferences,
  encryption: z.object({ available: z.boolean(), weak: z.boolean(), backend: z.string() }),
});
export type SettingsView = z.infer<typeof SettingsView>;

/** A profile as the settings form sends it: a new one has no id yet. */
export const ProfileInput = Profile.extend({ id: z.uuid().optional() });
/** Its input form: a profile saved before #20 may come without tipping. */
export type ProfileInput = z.input<typeof ProfileInput>;

export const CredentialsInput = z.strictObject({
  profileId: z.uuid(),
  apiKey: z.string().trim().min(8, { error: 'settings.keyTooShort' }).max(512),
  merchantKey: z.string().trim().min(8, { error: 'settings.keyTooShort' }).max(512),
  /** The user has been told that this Linux desktop can only obfuscate the keys, and agreed. */
  allowWeakEncryption: z.boolean().optional(),
});

export const ConnectionResult = z.object({
  outcome: z.enum(['accepted', 'rejected', 'unreachable', 'unexpected', 'no-keys']),
  message: z.string(),
});
export type ConnectionResult = z.infer<typeof ConnectionResult>;
