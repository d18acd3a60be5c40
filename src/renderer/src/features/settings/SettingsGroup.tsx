/** One named part of a settings form ("Account", "Redirects after paying", …), as a fieldset. */
export function SettingsGroup({
  title,
  hint,
  children,
}: {
  title: string;
  /** What the part is for, in a line under its title. */
  hint?: string;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <fieldset className="settings-group">
      <legend>{title}</legend>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </fieldset>
  );
}
