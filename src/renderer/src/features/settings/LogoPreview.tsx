import { useWords } from '../../lib/i18n';
import { usePicture } from '../../lib/usePicture';

/**
 * The saved logo as posters and link pages will show it, or why it cannot be fetched, so the
 * owner finds a wrong address while setting up rather than at the printer.
 */
export function LogoPreview({ profileId, logoUrl }: { profileId: string | undefined; logoUrl: string | undefined }) {
  const { t } = useWords();
  const logo = usePicture(profileId ? { of: 'profile', id: profileId } : undefined, logoUrl);
  switch (logo.state) {
    case 'none':
      return null;
    case 'loading':
      return <p className="hint logo-preview">{t('settings.logoLoading')}</p>;
    case 'shown':
      return <img className="logo-preview" src={logo.dataUrl} alt={t('settings.logoPreview')} />;
    case 'failed':
      return <p className="field-error logo-preview">{logo.problem}</p>;
  }
}
