import { useWords, WordsProvider } from '../../lib/i18n';
import { useEffect, useState } from 'react';
import { linkdesk } from '../../lib/api';
import { CustomerView } from '../share/CustomerView';
import { TipChoices } from '../../components/TipChoices';

/** The customer window: only the session the staff window shows, as the customer may see it. */
export function CustomerApp(): React.JSX.Element {
  const [state, setState] = useState<DisplayState>();
  useEffect(() => {
    let live = true;
    void linkdesk.display.get().then((result) => {
      if (live && result.ok) setState(result.data);
    });
    const offDisplay = linkdesk.display.onChanged(setState);
    return () => {
      live = false;
      offDisplay();
    };
  }, []);
  return (
    <WordsProvider language={state?.language ?? 'en'} locale={state?.locale ?? 'en'}>
      <main className="customer-app">
        <CustomerTitle />
        {state?.tipPrompt ? (
          <TipChoices prompt={state.tipPrompt} onChoose={(tip) => void linkdesk.display.chooseTip({ tip })} />
        ) : (
          <CustomerView session={state?.session ?? undefined} />
        )}
      </main>
    </WordsProvider>
  );
}

type DisplayState = Parameters<Parameters<typeof linkdesk.display.onChanged>[0]>[0];

function CustomerTitle(): null {
  const { t } = useWords();
  useEffect(() => {
    document.title = `Linkdesk · ${t('title.customer')}`;
  }, [t]);
  return null;
}
