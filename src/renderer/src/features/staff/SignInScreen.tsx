import { useEffect, useRef, useState } from 'react';
import type { StaffMember, StaffState } from '../../../../shared/staff';
import { Alert } from '../../components/Alert';
import { linkdesk } from '../../lib/api';
import { useWords } from '../../lib/i18n';
import { useAction } from '../../lib/useAction';

const PAD_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * Who is at the counter: a name, then a PIN. Nothing of the sale, history or totals is on it.
 * By keyboard: type a name's initials to pick it, then the PIN and Enter; the pad is for a mouse
 * or a touch screen.
 */
export function SignInScreen({ staff }: { staff: StaffState }): React.JSX.Element {
  const { t } = useWords();
  const [chosenId, setChosenId] = useState(staff.lastMemberId ?? staff.members[0]?.id);
  const chosen = staff.members.find((m) => m.id === chosenId) ?? staff.members[0];
  const [secret, setSecret] = useState('');
  const action = useAction();
  const secretField = useRef<HTMLInputElement>(null);
  const typed = useRef({ letters: '', at: 0 });

  useEffect(() => secretField.current?.focus(), [chosen?.id]);

  const choose = (member: StaffMember): void => {
    setChosenId(member.id);
    setSecret('');
  };

  // Typing letters away from the PIN field picks the name whose initials they begin.
  const pickByInitials = (event: React.KeyboardEvent): void => {
    if (event.target === secretField.current || !/^\p{L}$/u.test(event.key) || event.ctrlKey || event.metaKey) return;
    const now = Date.now();
    const letters = (now - typed.current.at < 1000 ? typed.current.letters : '') + event.key.toLowerCase();
    typed.current = { letters, at: now };
    const match = staff.members.find((m) => m.initials.toLowerCase().startsWith(letters));
    if (!match) return;
    // The letter picks the name; it must not land in the PIN field the focus moves to.
    event.preventDefault();
    choose(match);
  };

  const signIn = async (event?: React.FormEvent): Promise<void> => {
    event?.preventDefault();
    if (!chosen || action.busy) return;
    const done = await action.run(() => linkdesk.staff.signIn({ memberId: chosen.id, secret }));
    if (!done) {
      setSecret('');
      secretField.current?.focus();
    }
  };

  const press = (digit: string): void => {
    setSecret((current) => current + digit);
    secretField.current?.focus();
  };

  return (
    <section className="sign-in" aria-labelledby="sign-in-title" onKeyDown={pickByInitials}>
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <div className="sign-in-names" role="group" aria-label={t('signIn.names')}>
        {staff.members.map((member) => (
          <button
            key={member.id}
            type="button"
            className="sign-in-name"
            aria-pressed={member.id === chosen?.id}
            onClick={() => choose(member)}
          >
            <span className="initials" aria-hidden="true">
              {member.initials}
            </span>
            <span>{member.name}</span>
          </button>
        ))}
      </div>
      {chosen && (
        <form className="pin-form" onSubmit={(e) => void signIn(e)}>
          <label htmlFor="sign-in-secret">
            {t(chosen.role === 'manager' ? 'signIn.pinOrPassphraseFor' : 'signIn.pinFor', { name: chosen.name })}
          </label>
          <input
            id="sign-in-secret"
            ref={secretField}
            className="pin-field"
            type="password"
            autoComplete="off"
            inputMode={chosen.role === 'clerk' ? 'numeric' : 'text'}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
          />
          <div className="pin-pad" role="group" aria-label={t('signIn.pad')}>
            {PAD_KEYS.map((digit) => (
              <button key={digit} type="button" onClick={() => press(digit)}>
                {digit}
              </button>
            ))}
            <button type="button" aria-label={t('signIn.deleteDigit')} onClick={() => setSecret((s) => s.slice(0, -1))}>
              ⌫
            </button>
            <button type="button" onClick={() => press('0')}>
              0
            </button>
            <button type="submit" className="primary" disabled={action.busy || secret === ''}>
              {t('signIn.submit')}
            </button>
          </div>
          <Alert message={action.note} />
        </form>
      )}
    </section>
  );
}
