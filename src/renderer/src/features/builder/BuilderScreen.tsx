import { useCallback, useEffect, useState } from 'react';
import { CreateSessionInput } from '../../../../shared/create-session-input';
import type { TipChoice } from '../../../../shared/tips';
import { TipStep } from './TipStep';
import type { MessageKey } from '../../../../shared/i18n/translator';
import { useWords } from '../../lib/i18n';
import { CurrencySelect } from '../../components/CurrencySelect';
import { Field } from '../../components/Field';
import type { ActiveProfile, PaymentLinkRecord, SessionRecord } from '../../lib/api';
import { AmountPanel } from './AmountPanel';
import { CartPanel } from './CartPanel';
import { DonationPanel } from './DonationPanel';
import { draftTotal, inputFromDraft, type BuilderDraft } from './draft';
import { MoreOptions } from './MoreOptions';
import { linkInput, NewLinkCard } from './NewLinkCard';
import { useIsManager, useStaffOn } from '../../lib/role';
import { useCreateLink } from './useCreateLink';
import { useBuilderDraft } from './useBuilderDraft';
import { useCreateSession } from './useCreateSession';
import { useSimilarRecent } from './useSimilarRecent';
import { Alert } from '../../components/Alert';

interface Props {
  active: ActiveProfile;
  /** Creating is impossible for now (the reason is shown above the builder). */
  disabled: boolean;
  onCreated: (session: SessionRecord) => void;
  onLinkCreated: (link: PaymentLinkRecord) => void;
  /** The on-screen keypad under the amount (a preference, for touch tills). */
  keypad: boolean;
}

const MODES: { kind: BuilderDraft['kind']; label: MessageKey }[] = [
  { kind: 'amount', label: 'builder.mode.amount' },
  { kind: 'cart', label: 'builder.mode.cart' },
  { kind: 'donation', label: 'builder.mode.donation' },
];

/**
 * Whether Enter would press a control (a product just tapped, a stepper, a choice) instead of
 * creating the sale, as the hint promises (#18). Text fields submit on Enter themselves, and a
 * text area keeps Enter for its line breaks.
 */
function enterPressesInstead(event: React.KeyboardEvent<HTMLFormElement>): boolean {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.altKey || event.ctrlKey || event.metaKey) {
    return false;
  }
  const target = event.target as HTMLElement;
  if (target instanceof HTMLButtonElement) return target.type !== 'submit';
  if (target instanceof HTMLInputElement) return target.type === 'checkbox' || target.type === 'radio';
  return target instanceof HTMLSelectElement;
}

/** Builds one sale: a flat amount, an itemized cart, or a donation. Enter creates it. */
export function BuilderScreen({ active, disabled, onCreated, onLinkCreated, keypad }: Props): React.JSX.Element {
  const manager = useIsManager();
  const staffOn = useStaffOn();
  const words = useWords();
  const { t } = words;
  const { draft, update: updateDraft, reset } = useBuilderDraft(active.defaultCurrency);
  const {
    state: sessionState,
    create,
    saleChanged,
    dismiss,
  } = useCreateSession((session) => {
    reset();
    onCreated(session);
  });
  const link = useCreateLink(onLinkCreated);
  // A link's errors about the sale show on the sale's own fields.
  const state = { ...sessionState, errors: { ...link.state.errors, ...sessionState.errors } };
  const total = draft ? draftTotal(draft, words.locale) : undefined;
  // An outage is said once, by the app's banner (which names who is not answering and clears
  // itself): the builder drops its own copy in the network's words (#18).
  const outage = active.offline !== undefined && sessionState.code === 'api-unavailable';
  useEffect(() => {
    if (outage) dismiss();
  }, [outage, dismiss]);
  const similar = useSimilarRecent(draft?.currency ?? active.defaultCurrency, total);
  const earlier = similar[0];
  // With tipping on, a checked sale waits here while the customer chooses (#20).
  const [tipFor, setTipFor] = useState<{ input: CreateSessionInput; saleMinor: number }>();
  const createWithTip = useCallback(
    (tip: TipChoice | null) => {
      if (!tipFor) return;
      void create(tip ? { ...tipFor.input, tip } : tipFor.input).then(() => setTipFor(undefined));
    },
    [create, tipFor],
  );

  if (!draft) return <p className="hint">{t('app.loading')}</p>;
  if (tipFor)
    return (
      <TipStep
        currency={tipFor.input.currency}
        saleMinor={tipFor.saleMinor}
        busy={state.busy}
        onChosen={createWithTip}
        onBack={() => setTipFor(undefined)}
      />
    );
  const update = (change: (d: BuilderDraft) => BuilderDraft): void => {
    saleChanged();
    link.saleChanged();
    updateDraft(change);
  };
  const panelProps = { draft, update, errors: state.errors };
  const currencySelect = (
    <CurrencySelect value={draft.currency} onChange={(currency) => update((d) => ({ ...d, currency }))} />
  );
  const label = total
    ? t('builder.createAmount', { amount: words.money(total, draft.currency) })
    : draft.kind === 'donation'
      ? t('builder.createDonation')
      : t('builder.create');

  return (
    <>
      <form
        className={draft.kind === 'cart' ? 'card builder wide' : 'card builder'}
        noValidate
        aria-labelledby="builder-title"
        onSubmit={(event) => {
          event.preventDefault();
          if (disabled) return;
          const { input, problems } = inputFromDraft(draft, words.locale);
          const checked = CreateSessionInput.safeParse(input);
          const asksTip = active.tipping.enabled && draft.kind !== 'donation';
          if (asksTip && checked.success && Object.keys(problems).length === 0) {
            dismiss();
            setTipFor({ input: checked.data, saleMinor: total ?? 0 });
          } else void create(input, problems);
        }}
        onKeyDown={(event) => {
          // Enter creates the sale wherever focus is, except where Enter already means something.
          if (enterPressesInstead(event)) {
            event.preventDefault();
            event.currentTarget.requestSubmit();
          }
        }}
      >
        <div className="builder-head">
          <h1 id="builder-title">{t('title.sale')}</h1>
          <div className="segmented" role="radiogroup" aria-label={t('builder.kind')}>
            {MODES.map((mode) => (
              <button
                key={mode.kind}
                type="button"
                role="radio"
                aria-checked={draft.kind === mode.kind}
                onClick={() => update((d) => ({ ...d, kind: mode.kind }))}
              >
                {t(mode.label)}
              </button>
            ))}
          </div>
        </div>
        <Alert message={state.message} />
        {draft.kind === 'cart' ? (
          <CartPanel {...panelProps} currencySelect={currencySelect} />
        ) : (
          <div className="builder-row">
            <div className="grow">
              {draft.kind === 'amount' && <AmountPanel {...panelProps} keypad={keypad} />}
              {draft.kind === 'donation' && <DonationPanel {...panelProps} presets={active.donationPresets} />}
            </div>
            {currencySelect}
          </div>
        )}
        {state.errors.currency && <p className="field-error">{state.errors.currency}</p>}
        <div className={staffOn ? undefined : 'grid-2'}>
          <Field
            label={t('builder.reference')}
            placeholder={t('builder.referencePlaceholder')}
            maxLength={100}
            value={draft.reference}
            onChange={(e) => update((d) => ({ ...d, reference: e.target.value }))}
            error={state.errors.reference}
          />
          {/* With sign-in on, the sale carries who is signed in instead. */}
          {!staffOn && (
            <Field
              label={t('builder.staffInitials')}
              maxLength={8}
              value={draft.staffInitials}
              onChange={(e) => update((d) => ({ ...d, staffInitials: e.target.value }))}
              error={state.errors.staffInitials}
            />
          )}
        </div>
        <MoreOptions {...panelProps} />
        {earlier && total !== undefined && (
          <p className="notice" role="status">
            {t('builder.duplicate', {
              amount: words.money(total, draft.currency),
              minutes: minutesAgo(earlier.createdAt),
              paid: earlier.status === 'completed' ? 'yes' : 'no',
            })}{' '}
            {/* The earlier sale's own screen: its QR again, or proof it was paid. */}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                reset(); // this sale is the earlier one: nothing is left half-made to create twice
                onCreated(earlier);
              }}
            >
              {t('builder.showEarlier')}
            </button>
          </p>
        )}
        <div className="create-bar">
          <button className="primary big" type="submit" disabled={state.busy || disabled} aria-busy={state.busy}>
            {state.busy ? t('builder.creating') : label}
          </button>
          <p className="hint">{t('builder.enterHint')}</p>
        </div>
      </form>
      {manager && (
        <NewLinkCard
          wide={draft.kind === 'cart'}
          disabled={disabled}
          state={link.state}
          onCreate={(fields) => {
            const { input, problems } = inputFromDraft(draft, words.locale);
            void link.create(linkInput(input, fields), problems);
          }}
        />
      )}
    </>
  );
}

/** Whole minutes since `iso` (0 for "just now"). */
function minutesAgo(iso: string | undefined): number {
  return Math.max(0, Math.round((Date.now() - Date.parse(iso ?? '')) / 60_000));
}
