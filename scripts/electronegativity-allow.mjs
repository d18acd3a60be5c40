// Which electronegativity findings the reviewed allow-list explains. An entry names the check,
// the file AND a piece of the flagged line's text, so a new finding of the same check in the
// same file (a second openExternal, say) is not waved through by an old entry.

/**
 * @param {{ check: string; file: string; severity: string }} finding
 * @param {{ check: string; file: string; line: string }[]} allowed
 * @param {string} flaggedLine the source line the finding points at
 */
export function isExplained(finding, allowed, flaggedLine) {
  if (finding.severity === 'INFORMATIONAL') return true;
  return allowed.some(
    (entry) =>
      entry.check === finding.check &&
      entry.file === finding.file &&
      typeof entry.line === 'string' &&
      entry.line.length > 0 &&
      flaggedLine.includes(entry.line),
  );
}

/** A row the tool wrote whole: a check name, a severity and a file (it sometimes writes a torn one). */
export function isWholeRow(finding) {
  return /^[A-Z_]+$/.test(finding.check) && finding.severity !== '' && finding.file !== '';
}
