/** What the last action said, read out politely by screen readers. */
export function ActionNote({ note, className = 'copy-note' }: { note: string | undefined; className?: string }) {
  if (!note) return null;
  return (
    <p className={className} role="status">
      {note}
    </p>
  );
}
