import { useEffect, useRef, useState } from 'react';
import type { TipPrompt } from '../../../../shared/ipc/contract';
import type { TipChoice } from '../../../../shared/tips';
import { TipChoices } from '../../components/TipChoices';
import { linkdesk } from '../../lib/api';
import { useWords } from '../../lib/i18n';

interface Props {
  currency: string;
  saleMinor: number;
  /** Creating the sale with the choice is under way. */
  busy: boolean;
  /** The customer (or the staff for them) chose; null is "no tip". */
  onChosen: (tip: TipChoice | null) => void;
  /** Back to the sale, to change it. */
  onBack: () => void;
}

/**
 * Before a sale is created with tipping on (#20): the customer chooses a tip on the customer
 * window when it is open, otherwise here, in a customer view the staff turn towards them. The
 * staff can always skip it or go back to the sale (Escape). It fills the window, as customer view does.
 */
export function TipStep({ currency, saleMinor, busy, onChosen, onBack }: Props): React.JSX.Element {
  const { t } = useWords();
  const [asked, setAsked] = useState<{ prompt: TipPrompt; onCustomerWindow: boolean }>();
  // The customer is asked once per sale: a new `onChosen` on a re-render (the step turning busy)
  // must not clear and re-ask the customer window.
  const chosen = useRef(onChosen);
  useEffect(() => {
    chosen.current = onChosen;
  }, [onChosen]);

  useEffect(() => {
    let live = true;
    void linkdesk.display.askTip({ currency, saleMinor }).then(async (answer) => {
      // The buttons as main worked them out: the very amounts it will charge.
      const shown = await linkdesk.display.get();
      if (live && answer.ok && shown.ok && shown.data.tipPrompt)
        setAsked({ prompt: shown.data.tipPrompt, onCustomerWindow: answer.data.onCustomerWindow });
    });
    const off = linkdesk.display.onTipChosen(({ tip }) => chosen.current(tip));
    return () => {
      live = false;
      off();
      void linkdesk.display.askTip(null);
    };
  }, [currency, saleMinor]);

  return (
    <section
      className="full-screen tip-step"
      aria-labelledby="tip-step-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onBack();
      }}
    >
      <h1 id="tip-step-title" className="tip-step-title">
        {asked?.onCustomerWindow ? t('tip.waitingOnCustomerWindow') : t('tip.turnScreen')}
      </h1>
      {asked && <TipChoices prompt={asked.prompt} onChoose={onChosen} disabled={busy} />}
      <div className="actions tip-staff">
        <button type="button" disabled={busy} onClick={() => onChosen(null)}>
          {t('tip.skip')}
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={onBack}>
          {t('tip.back')}
        </button>
        {busy && <span role="status">{t('builder.creating')}</span>}
      </div>
    </section>
  );
}
