import { useId, useMemo, useRef, useState } from 'react';
import { amountProblem } from '../../../../shared/amount-rules';
import { formatMoney, apiDecimals, parseDecimal, supportedCurrencies } from '../../../../shared/money';
import { linkdesk, type SessionRecord } from '../../lib/api';

interface Props {
  defaultCurrency: string;
  /** Creating is impossible for now (the reason is shown above the form). */
  disabled?: boolean;
  onCreated: (session: SessionRecord) => void;
}

type Errors = Partial<Record<'amount' | 'currency' | 'reference' | 'form', string>>;

/** The amount builder: type digits, press Enter, get a session. */
export function AmountForm({ defaultCurrency, disabled = false, onCreated }: Props): React.JSX.Element {
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(defaultCurrency);
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  // One id per sale: a retry after a network error sends the same one, so the API makes one session.
  const requestId = useRef<string | undefined>(undefined);
  const currencies = useMemo(() => [...supportedCurrencies()].sort(), []);
  const ids = { amount: useId(), currency: useId(), reference: useId() };

  const preview = useMemo(() => {
    const parsed = parseDecimal(amount, apiDecimals(currency));
    return parsed.ok && parsed.minor > 0 ? formatMoney(parsed.minor, currency) : undefined;
  }, [amount, currency]);

  function edit(change: () => void): void {
    change();
    requestId.current = undefined;
    setErrors({});
  }

  async function create(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    if (busy || disabled) return;
    const problem = amountProblem(amount, currency);
    if (problem) {
      setErrors({ amount: problem });
      return;
    }
    requestId.current ??= crypto.randomUUID();
    setBusy(true);
    const result = await linkdesk.sessions.create({
      kind: 'amount',
      amount,
      currency,
      ...(reference.trim() && { reference: reference.trim() }),
      requestId: requestId.current,
    });
    setBusy(false);
    if (result.ok) {
      requestId.current = undefined;
      onCreated(result.data);
      return;
    }
    const { error } = result;
    if (error.code !== 'api-unavailable') requestId.current = undefined;
    const fields = error.fields ?? {};
    const mapped: Errors = {};
    for (const key of ['amount', 'currency', 'reference'] as const) if (fields[key]) mapped[key] = fields[key];
    setErrors(Object.keys(mapped).length > 0 ? mapped : { form: error.message });
  }

  return (
    <form className="card builder" onSubmit={(e) => void create(e)} noValidate aria-labelledby="builder-title">
      <h1 id="builder-title">New sale</h1>
      {errors.form && (
        <p className="alert" role="alert">
          {errors.form}
        </p>
      )}
      <div className="amount-row">
        <div className="field grow">
          <label htmlFor={ids.amount}>Amount</label>
          <input
            id={ids.amount}
            className="amount-input"
            inputMode="decimal"
            autoComplete="off"
            autoFocus
            placeholder={apiDecimals(currency) === 0 ? '0' : '0.00'}
            value={amount}
            onChange={(e) => edit(() => setAmount(e.target.value))}
            aria-invalid={errors.amount ? true : undefined}
            aria-describedby={errors.amount ? `${ids.amount}-error` : undefined}
          />
          {errors.amount && (
            <span className="field-error" id={`${ids.amount}-error`}>
              {errors.amount}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.currency}>Currency</label>
          <select id={ids.currency} value={currency} onChange={(e) => edit(() => setCurrency(e.target.value))}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.reference}>Reference (optional)</label>
        <input
          id={ids.reference}
          autoComplete="off"
          maxLength={100}
          placeholder="e.g. table 4, order 1182"
          value={reference}
          onChange={(e) => edit(() => setReference(e.target.value))}
        />
        {errors.reference && <span className="field-error">{errors.reference}</span>}
      </div>
      <button className="primary big" type="submit" disabled={busy || disabled} aria-busy={busy}>
        {busy ? 'Creating…' : preview ? `Create ${preview} checkout` : 'Create checkout'}
      </button>
      <p className="hint">Enter creates the checkout and shows its QR code.</p>
    </form>
  );
}
