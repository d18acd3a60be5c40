import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/main/core/csv';

// #15 attack 16: a CSV opened by a spreadsheet whose list separator is not the comma (German or
// French Excel use ";"), or split on tabs or pipes, must not find a formula in any cell.

const FORMULA_START = /^[=+\-@\t\r]/;
const SEPARATORS = [',', ';', '\t', '|'];

/**
 * Every cell as the most careless spreadsheet would see it: lines split on any line break, each
 * line split on `delimiter` with no regard for quotes, a cell's opening quote dropped.
 */
function cellsAs(csv: string, delimiter: string): string[] {
  return csv
    .split(/\r\n|\r|\n/)
    .flatMap((line) => line.split(delimiter))
    .map((cell) => cell.replace(/^"/, ''));
}

describe('attack 16: formulas in an exported CSV, whatever the list separator', () => {
  it.each(SEPARATORS)('"x;=1+1;" and friends stay text when split on %j', (delimiter) => {
    const csv = toCsv(
      ['reference', 'note'],
      [
        ['x;=1+1;', 'a,@SUM(A1)'],
        ['ok\t-2+3', 'p|+cmd\n=HYPERLINK()'],
      ],
    );
    for (const cell of cellsAs(csv, delimiter)) expect(cell).not.toMatch(FORMULA_START);
  });

  it('holds for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const csv = toCsv(['a', 'b', 'c', 'd'], rows);
        for (const delimiter of SEPARATORS)
          for (const cell of cellsAs(csv, delimiter)) expect(cell).not.toMatch(FORMULA_START);
      }),
      { numRuns: 300 },
    );
  });
});
