import { useWords } from '../lib/i18n';

/** Stands where history or totals would be while the screen faces the public ("Hide history"). */
export function HiddenHistory(): React.JSX.Element {
  const { t } = useWords();
  return (
    <section className="card" aria-label={t('history.hiddenLabel')}>
      <h1>{t('history.hiddenTitle')}</h1>
      <p className="hint">{t('history.hiddenText')}</p>
    </section>
  );
}
