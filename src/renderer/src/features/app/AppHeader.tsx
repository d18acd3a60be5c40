import { linkdesk, type SettingsView } from '../../lib/api';
import type { AppInfoState } from './useAppInfo';

export type Screen = 'sale' | 'settings';

interface Props {
  info: AppInfoState;
  settings: SettingsView | undefined;
  screen: Screen;
  onNavigate: (screen: Screen) => void;
}

/** Brand, navigation, the active profile (switchable in one click) and the environment badge. */
export function AppHeader({ info, settings, screen, onNavigate }: Props): React.JSX.Element {
  const active = info.state === 'ready' ? info.data.active : undefined;
  const environment = active?.environment;
  return (
    <header className="app-header">
      <span className="brand">Linkdesk</span>
      <nav aria-label="Screens" className="nav">
        <button
          type="button"
          className="nav-link"
          aria-current={screen === 'sale' ? 'page' : undefined}
          onClick={() => onNavigate('sale')}
        >
          New sale
        </button>
        <button
          type="button"
          className="nav-link"
          aria-current={screen === 'settings' ? 'page' : undefined}
          onClick={() => onNavigate('settings')}
        >
          Settings
        </button>
      </nav>
      <span className="header-spacer" />
      {settings && active && (
        <label className="profile-switch">
          <span className="visually-hidden">Active profile</span>
          <select
            value={active.profileId}
            onChange={(e) => void linkdesk.settings.setActiveProfile({ id: e.target.value })}
          >
            {settings.profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {environment && (
        <span
          className={environment.kind === 'sandbox' ? 'env-badge test' : 'env-badge live'}
          title={`Sessions are created at ${environment.checkoutHost}`}
        >
          {environment.kind === 'sandbox' ? `Test mode · ${environment.label}` : `Live · ${environment.label}`}
        </span>
      )}
    </header>
  );
}
