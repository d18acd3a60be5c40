import { useState } from 'react';
import type { EventRole, EventStatus } from '../../../../shared/event';
import { Field } from '../../components/Field';
import { linkdesk } from '../../lib/api';
import { useWords } from '../../lib/i18n';
import { useAction } from '../../lib/useAction';
import { ActionNote } from '../../components/ActionNote';
import { Alert } from '../../components/Alert';
import { useEventStatus } from '../event/useEventStatus';

interface Props {
  profileId: string;
  stationName: string;
}

/** Settings → Event: join the organiser's hub as a station or as the organiser (#21). */
export function EventSection(props: Props): React.JSX.Element | null {
  const [status, setStatus] = useEventStatus();
  // The form starts from what main knows, once it has said.
  if (status === undefined) return null;
  return <EventForm {...props} status={status} onStatus={setStatus} />;
}

function EventForm({
  profileId,
  stationName,
  status,
  onStatus: setStatus,
}: Props & { status: EventStatus | null; onStatus: (status: EventStatus | null) => void }): React.JSX.Element {
  const { t } = useWords();
  const joined = status?.membership;
  const [role, setRole] = useState<EventRole>(joined?.role ?? 'station');
  const [hubUrl, setHubUrl] = useState(joined?.hubUrl ?? 'nats://127.0.0.1:4222');
  const [eventId, setEventId] = useState(joined?.eventId ?? '');
  const [station, setStation] = useState(joined?.station ?? stationName.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 32));
  // Joined with a token: main says it signs in as no user.
  const [signIn, setSignIn] = useState<'password' | 'token'>(joined && status.signsInAs === '' ? 'token' : 'password');
  const [user, setUser] = useState(joined ? status.signsInAs : '');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const { note, busy, run } = useAction();

  async function join(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const answer = await linkdesk.event.join({
      profileId,
      role,
      hubUrl,
      eventId,
      ...(role === 'station' && { station }),
      credentials: signIn === 'token' ? { token } : { user, password },
    });
    if (!answer.ok) {
      setErrors(answer.error.fields ?? {});
      // Field errors show at their fields; anything else is said once, above the buttons.
      setFailure(answer.error.fields ? undefined : answer.error.message);
      return;
    }
    setErrors({});
    setFailure(undefined);
    void run(
      () => Promise.resolve(answer),
      (joinedNow) => {
        setStatus(joinedNow);
        setPassword('');
        setToken('');
        return t('event.joined', {
          event: eventId,
          who: role === 'station' ? station : user || t('event.signIn.token'),
        });
      },
    );
  }

  return (
    <form className="stack" aria-labelledby="event-title" noValidate onSubmit={(e) => void join(e)}>
      <h2 id="event-title">{t('event.title')}</h2>
      <p className="hint">{t('event.hint')}</p>
      <div className="field narrow">
        <label htmlFor="event-role">{t('event.role')}</label>
        <select id="event-role" value={role} onChange={(e) => setRole(e.target.value as EventRole)}>
          <option value="station">{t('event.role.station')}</option>
          <option value="organiser">{t('event.role.organiser')}</option>
        </select>
      </div>
      <div className="grid-3">
        <Field
          label={t('event.hubUrl.label')}
          value={hubUrl}
          onChange={(e) => setHubUrl(e.target.value)}
          error={errors.hubUrl}
        />
        <Field
          label={t('event.eventId')}
          value={eventId}
          onChange={(e) => setEventId(e.target.value)}
          error={errors.eventId}
        />
        {role === 'station' && (
          <Field
            label={t('event.station')}
            value={station}
            onChange={(e) => setStation(e.target.value)}
            error={errors.station}
          />
        )}
        <div className="field narrow">
          <label htmlFor="event-sign-in">{t('event.signIn')}</label>
          <select
            id="event-sign-in"
            value={signIn}
            onChange={(e) => setSignIn(e.target.value === 'token' ? 'token' : 'password')}
          >
            <option value="password">{t('event.signIn.password')}</option>
            <option value="token">{t('event.signIn.token')}</option>
          </select>
        </div>
        {signIn === 'token' ? (
          <Field
            label={t('event.hubToken')}
            type="password"
            value={token}
            autoComplete="new-password"
            onChange={(e) => setToken(e.target.value)}
            error={errors['credentials.token']}
          />
        ) : (
          <>
            <Field
              label={t('event.user')}
              value={user}
              autoComplete="off"
              onChange={(e) => setUser(e.target.value)}
              error={errors['credentials.user']}
            />
            <Field
              label={t('event.password')}
              type="password"
              value={password}
              autoComplete="new-password"
              onChange={(e) => setPassword(e.target.value)}
              error={errors['credentials.password']}
            />
          </>
        )}
      </div>
      <Alert message={failure} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('event.join')}
        </button>
        {joined && (
          <>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() =>
                void run(
                  () => linkdesk.event.test({ id: profileId }),
                  (answer) => answer.message,
                )
              }
            >
              {t('event.test')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() =>
                void run(
                  () => linkdesk.event.leave({ id: profileId }),
                  () => {
                    setStatus(null);
                    return t('event.left');
                  },
                )
              }
            >
              {t('event.leave')}
            </button>
          </>
        )}
      </div>
      <ActionNote note={note} className="saved-note" />
      {role === 'organiser' && <HubSetup eventId={eventId} onStatus={setStatus} />}
    </form>
  );
}

/** "Set up event": a nats-server configuration with a user per station, and this profile as organiser. */
function HubSetup({
  eventId,
  onStatus,
}: {
  eventId: string;
  onStatus: (status: EventStatus | null) => void;
}): React.JSX.Element {
  const { t } = useWords();
  const [stations, setStations] = useState('');
  const [port, setPort] = useState('4222');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const { note, busy, run } = useAction();
  const setUp = async (): Promise<void> => {
    const answer = await linkdesk.event.setUp({
      eventId,
      stations: stations
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      port: Number(port),
    });
    if (!answer.ok) {
      const fields = answer.error.fields ?? {};
      setErrors(fields);
      // Said at its field when it is one of these; else (the event id above, say) said here.
      const atAField = ['stations', 'stations.0', 'port'].some((name) => fields[name]);
      setFailure(atAField ? undefined : answer.error.message);
      return;
    }
    setErrors({});
    setFailure(undefined);
    void run(
      () => Promise.resolve(answer),
      (done) => {
        onStatus(done.status);
        return done.cancelled ? undefined : t('event.setUpDone', { file: done.file ?? '' });
      },
    );
  };
  return (
    <div className="stack subsection" role="group" aria-label={t('event.setUp')}>
      <p className="hint">{t('event.setUpHint')}</p>
      <div className="grid-3">
        <Field
          label={t('event.stations')}
          value={stations}
          onChange={(e) => setStations(e.target.value)}
          error={errors.stations ?? errors['stations.0']}
        />
        <Field
          label={t('event.port')}
          type="number"
          value={port}
          onChange={(e) => setPort(e.target.value)}
          error={errors.port}
        />
      </div>
      <Alert message={failure} />
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void setUp()}>
          {t('event.setUp')}
        </button>
      </div>
      <ActionNote note={note} className="saved-note" />
    </div>
  );
}
