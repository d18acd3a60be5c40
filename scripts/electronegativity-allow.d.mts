export interface Finding {
  check: string;
  file: string;
  severity: string;
}
export interface AllowEntry {
  check: string;
  file: string;
  line: string;
}
export function isExplained(finding: Finding, allowed: AllowEntry[], flaggedLine: string): boolean;
export function isWholeRow(finding: Finding): boolean;
