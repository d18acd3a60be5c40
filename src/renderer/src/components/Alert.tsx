/** A message the user must see now (read out by screen readers); nothing when there is none. */
export function Alert({ message }: { message: string | undefined }): React.JSX.Element | null {
  if (!message) return null;
  return (
    <p className="alert" role="alert">
      {message}
    </p>
  );
}
