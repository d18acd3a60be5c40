import { useState } from 'react';
import {
  MAX_INITIALS_CHARS,
  MAX_STAFF_NAME_CHARS,
  type StaffMember,
  type StaffRole,
  type StaffState,
} from '../../../../shared/staff';
import { Field } from '../../components/Field';
import { linkdesk } from '../../lib/api';
import { useWords } from '../../lib/i18n';
import { useAction } from '../../lib/useAction';

/** Who may sign in at this profile's counter, and with which role. */
export function StaffSection({ staff }: { staff: StaffState }): React.JSX.Element {
  const { t } = useWords();
  const [editing, setEditing] = useState<StaffMember | 'new'>();
  const [confirmRemove, setConfirmRemove] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const removal = useAction();
  const note = saved ?? removal.note;

  const remove = async (member: StaffMember): Promise<void> => {
    setSaved(undefined);
    setConfirmRemove(undefined);
    await removal.run(
      () => linkdesk.staff.remove({ id: member.id }),
      () => t('staff.removed', { name: member.name }),
    );
  };

  return (
    <section className="card" aria-labelledby="staff-title">
      <h1 id="staff-title">{t('staff.title')}</h1>
      <p className="hint">{t(staff.enabled ? 'staff.onHint' : 'staff.offHint')}</p>
      {staff.members.length > 0 && (
        <table className="staff-table">
          <thead>
            <tr>
              <th scope="col">{t('staff.initials')}</th>
              <th scope="col">{t('staff.name')}</th>
              <th scope="col">{t('staff.role')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('staff.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.members.map((member) => (
              <tr key={member.id}>
                <td className="mono">{member.initials}</td>
                <td>{member.name}</td>
                <td>{t(`staff.role.${member.role}`)}</td>
                <td className="row-actions">
                  <button type="button" className="small secondary" onClick={() => setEditing(member)}>
                    {t('staff.edit', { name: member.name })}
                  </button>
                  {confirmRemove === member.id ? (
                    <button type="button" className="small danger" onClick={() => void remove(member)}>
                      {t('staff.confirmRemove', { name: member.name })}
                    </button>
                  ) : (
                    <button type="button" className="small secondary" onClick={() => setConfirmRemove(member.id)}>
                      {t('staff.remove', { name: member.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <StaffForm
          key={editing === 'new' ? 'new' : editing.id}
          member={editing === 'new' ? undefined : editing}
          first={staff.members.length === 0}
          onDone={(message) => {
            setEditing(undefined);
            setSaved(message);
          }}
        />
      ) : (
        <button type="button" className="secondary staff-add" onClick={() => setEditing('new')}>
          {t(staff.members.length === 0 ? 'staff.addFirst' : 'staff.add')}
        </button>
      )}
      <p className="saved-note" role="status">
        {note}
      </p>
    </section>
  );
}

interface FormProps {
  member: StaffMember | undefined;
  /** The first member turns sign-in on, and must be a manager. */
  first: boolean;
  onDone: (message: string | undefined) => void;
}

function StaffForm({ member, first, onDone }: FormProps): React.JSX.Element {
  const { t } = useWords();
  const [name, setName] = useState(member?.name ?? '');
  const [initials, setInitials] = useState(member?.initials ?? '');
  const [role, setRole] = useState<StaffRole>(member?.role ?? (first ? 'manager' : 'clerk'));
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const save = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const result = await linkdesk.staff.save({
      ...(member && { id: member.id }),
      name,
      initials,
      role,
      ...(secret !== '' && { secret }),
    });
    setBusy(false);
    if (!result.ok) return setErrors(result.error.fields ?? { form: result.error.message });
    onDone(t(member ? 'staff.saved' : 'staff.added', { name: name.trim() }));
  };

  return (
    <form
      className="staff-form"
      onSubmit={(e) => void save(e)}
      aria-label={t(member ? 'staff.editTitle' : 'staff.addTitle')}
    >
      <div className="grid-3">
        <Field
          label={t('staff.name')}
          value={name}
          maxLength={MAX_STAFF_NAME_CHARS}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
        />
        <Field
          label={t('staff.initials')}
          value={initials}
          maxLength={MAX_INITIALS_CHARS}
          onChange={(e) => setInitials(e.target.value)}
          error={errors.initials}
        />
        <div className="field">
          <label htmlFor="staff-role">{t('staff.role')}</label>
          <select id="staff-role" value={role} disabled={first} onChange={(e) => setRole(e.target.value as StaffRole)}>
            <option value="clerk">{t('staff.role.clerk')}</option>
            <option value="manager">{t('staff.role.manager')}</option>
          </select>
          {errors.role && <span className="field-error">{errors.role}</span>}
        </div>
      </div>
      <Field
        label={t(member ? 'staff.newSecret' : role === 'manager' ? 'staff.secretManager' : 'staff.secretClerk')}
        type="password"
        autoComplete="new-password"
        inputMode={role === 'clerk' ? 'numeric' : 'text'}
        value={secret}
        onChange={(e) => setSecret(e.target.value)}
        error={errors.secret}
        hint={t(role === 'manager' ? 'staff.pinOrPassphrase' : 'staff.pinDigits')}
      />
      {first && <p className="hint">{t('staff.firstHint')}</p>}
      {errors.form && (
        <p className="alert" role="alert">
          {errors.form}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(member ? 'staff.saveChanges' : 'staff.addButton')}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(undefined)}>
          {t('staff.cancel')}
        </button>
      </div>
    </form>
  );
}
