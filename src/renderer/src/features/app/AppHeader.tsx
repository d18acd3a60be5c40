import type { AppInfoState } from './useAppInfo';

export function AppHeader({ info }: { info: AppInfoState }): React.JSX.Element {
  const ready = info.state === 'ready' ? info.data : undefined;
  return (
    <header className="app-header">
      <span className="brand">Linkdesk</span>
      {ready && <span className="merchant">{ready.merchantName}</span>}
      {ready?.environment.kind === 'sandbox' && (
        <span className="test-badge" title={`Payments go to ${ready.environment.checkoutHost}; no real money moves`}>
          Test mode · {ready.environment.label}
        </span>
      )}
    </header>
  );
}
