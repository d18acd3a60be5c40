import type { MessageKey } from '../../../../shared/i18n/translator';
import { storedName, useWords } from '../../lib/i18n';
import { linkdesk, type SettingsView } from '../../lib/api';
import type { AppInfoState } from './useAppInfo';
import type { StaffState } from '../../../../shared/staff';
import { roleOf } from '../staff/access';

export type Screen = 'sale' | 'history' | 'links' | 'settings';

const SCREENS: readonly [Screen, MessageKey][] = [
  ['sale', 'nav.sale'],
  ['history', 'nav.history'],
  ['links', 'nav.links'],
  ['settings', 'nav.settings'],
];

interface Props {
  info: AppInfoState;
  settings: SettingsView | undefined;
  screen: Screen;
  onNavigate: (screen: Screen) => void;
  /** History and customer data hidden while the screen faces the public. */
  privacy: boolean;
  onPrivacy: (on: boolean) => void;
  /** Who is signed in, once the profile has staff. */
  staff: StaffState | undefined;
  /** The profile organises an event: its first screen is the Event screen, and it makes no links (#21). */
  organiser: boolean;
}

/** Brand, navigation, the active profile (switchable in one click) and the environment badge. */
export function AppHeader({
  info,
  settings,
  screen,
  onNavigate,
  privacy,
  onPrivacy,
  staff,
  organiser,
}: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const manager = roleOf(staff) === 'manager';
  const member = staff?.signedIn;
  const active = info.state === 'ready' ? info.data.active : undefined;
  const environment = active?.environment;
  return (
    <header className="app-header">
      <span className="brand">Linkdesk</span>
      <nav aria-label={t('nav.label')} className="nav">
        {SCREENS.filter(([target]) => (manager || target !== 'settings') && !(organiser && target === 'links')).map(
          ([target, label]) => (
            <button
              key={target}
              type="button"
              className="nav-link"
              aria-current={screen === target ? 'page' : undefined}
              onClick={() => onNavigate(target)}
            >
              {t(organiser && target === 'sale' ? 'nav.event' : label)}
            </button>
          ),
        )}
      </nav>
      <span className="header-spacer" />
      <button type="button" className="nav-link privacy" aria-pressed={privacy} onClick={() => onPrivacy(!privacy)}>
        {privacy ? t('nav.showHistory') : t('nav.hideHistory')}
      </button>
      {/* One profile is nothing to switch between; the header keeps its room. */}
      {settings && active && manager && settings.profiles.length > 1 && (
        <label className="profile-switch">
          <span className="visually-hidden">{t('nav.activeProfile')}</span>
          <select
            value={active.profileId}
            onChange={(e) => void linkdesk.settings.setActiveProfile({ id: e.target.value })}
          >
            {settings.profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {storedName(profile.name, words)}
              </option>
            ))}
          </select>
        </label>
      )}
      {environment && (
        <span
          className={environment.kind === 'sandbox' ? 'env-badge test' : 'env-badge live'}
          title={t('nav.createdAt', { host: environment.checkoutHost })}
        >
          {/* The short form in a narrow window keeps the header on one row (#18). */}
          <span className="env-full">
            {t(environment.kind === 'sandbox' ? 'nav.testMode' : 'nav.live', {
              label: storedName(environment.label, words),
            })}
          </span>
          <span className="env-short">{t(environment.kind === 'sandbox' ? 'nav.testModeShort' : 'nav.liveShort')}</span>
        </span>
      )}
      {member && (
        <button
          type="button"
          className="nav-link lock-button"
          title={t('nav.lockHint', { name: member.name })}
          onClick={() => void linkdesk.staff.lock()}
        >
          <span className="initials" aria-hidden="true">
            {member.initials}
          </span>
          {t('nav.lock')}
        </button>
      )}
    </header>
  );
}
