import { useWords } from '../../lib/i18n';
import { useState } from 'react';
import { LINK_EXPIRY_DAYS } from '../../../../shared/payment-link';
import { Field } from '../../components/Field';
import type { CreateState } from './useCreateOnce';
import { Alert } from '../../components/Alert';

export interface LinkFields {
  title: string;
  expiresInDays: string;
  /** Blank for unlimited. */
  usageLimit: string;
}

/** Whole numbers as numbers; anything else is passed on as typed, for the schema to name the problem. */
const wholeNumber = (text: string): number | string => (/^\s*\d+\s*$/.test(text) ? Number(text) : text);

/** The `links:create` input for the sale being built and these link fields. */
export function linkInput(sale: unknown, fields: LinkFields): Record<string, unknown> {
  return {
    sale,
    title: fields.title,
    expiresInDays: wholeNumber(fields.expiresInDays),
    usageLimit: fields.usageLimit.trim() ? wholeNumber(fields.usageLimit) : null,
  };
}

interface Props {
  wide: boolean;
  disabled: boolean;
  state: CreateState;
  onCreate: (fields: LinkFields) => void;
}

/**
 * Turns the sale being built into a reusable payment link (a poster, a donation box, a table
 * tent): every visit starts a new checkout. Its own form, so Enter here never creates a session.
 */
export function NewLinkCard({ wide, disabled, state, onCreate }: Props): React.JSX.Element {
  const { t } = useWords();
  const [fields, setFields] = useState<LinkFields>({
    title: '',
    expiresInDays: String(LINK_EXPIRY_DAYS.default),
    usageLimit: '',
  });
  const set = (key: keyof LinkFields, value: string): void => setFields((f) => ({ ...f, [key]: value }));
  const hasErrors = Boolean(state.message) || Object.keys(state.errors).length > 0;
  return (
    <details className={wide ? 'card link-card wide' : 'card link-card'} open={hasErrors || undefined}>
      <summary>
        <span className="link-card-title">{t('newLink.title')}</span>
        <span className="hint"> {t('newLink.forWhat')}</span>
      </summary>
      <form
        className="stack"
        noValidate
        aria-label={t('newLink.formLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!disabled) onCreate(fields);
        }}
      >
        <p className="hint">{t('newLink.explain')}</p>
        <Alert message={state.message} />
        <Field
          label={t('newLink.titleField')}
          placeholder={t('newLink.titlePlaceholder')}
          maxLength={80}
          value={fields.title}
          onChange={(e) => set('title', e.target.value)}
          error={state.errors.title}
        />
        <div className="grid-2">
          <Field
            label={t('newLink.expires')}
            inputMode="numeric"
            value={fields.expiresInDays}
            onChange={(e) => set('expiresInDays', e.target.value)}
            hint={t('newLink.expiresRange', { min: LINK_EXPIRY_DAYS.min, max: LINK_EXPIRY_DAYS.max })}
            error={state.errors.expiresInDays}
          />
          <Field
            label={t('newLink.usage')}
            inputMode="numeric"
            placeholder={t('newLink.unlimited')}
            value={fields.usageLimit}
            onChange={(e) => set('usageLimit', e.target.value)}
            hint={t('newLink.usageHint')}
            error={state.errors.usageLimit}
          />
        </div>
        <button className="secondary" type="submit" disabled={state.busy || disabled} aria-busy={state.busy}>
          {state.busy ? t('newLink.creating') : t('newLink.create')}
        </button>
      </form>
    </details>
  );
}
