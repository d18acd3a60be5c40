import { describe, expect, it } from 'vitest';
import { IdLookup } from '../../../src/main/core/history/id-lookup';
import { TEXT_BLOCK_ROWS, TextColumn } from '../../../src/main/core/history/text-column';

/** The rows marked for `needle`, as a list. */
function matches(column: TextColumn, needle: string): number[] {
  const hits = new Uint8Array(column.size);
  column.markMatches(needle, hits);
  return [...hits.keys()].filter((row) => hits[row] === 1);
}

describe('TextColumn', () => {
  it('finds rows on both sides of a block boundary, and a changed row by its new text only', () => {
    const column = new TextColumn();
    const rows = TEXT_BLOCK_ROWS + 10;
    for (let row = 0; row < rows; row++) column.append(`row ${row} ${row % 1000 === 0 ? 'marked' : ''}`);
    const last = TEXT_BLOCK_ROWS - 1;
    column.replace(last, `row ${last} marked`);
    column.replace(0, 'row 0 plain');
    expect(column.size).toBe(rows);
    const marked = [last];
    for (let row = 1000; row < rows; row += 1000) marked.push(row);
    expect(matches(column, 'marked')).toEqual(marked.sort((a, b) => a - b));
    expect(matches(column, `row ${TEXT_BLOCK_ROWS + 3} `)).toEqual([TEXT_BLOCK_ROWS + 3]);
    expect(column.textAt(TEXT_BLOCK_ROWS)).toBe(`row ${TEXT_BLOCK_ROWS} `);
    expect(column.isAt(last, `row ${last} marked`)).toBe(true);
    expect(column.isAt(last, `row ${last} `)).toBe(false);
  });

  it('never lets a match run from one row into the next', () => {
    const column = new TextColumn();
    column.append('ab');
    column.append('cd\nef'); // a line break inside a text is stored as a space
    expect(matches(column, 'bc')).toEqual([]);
    expect(matches(column, 'b\nc')).toEqual([]);
    expect(matches(column, 'd e')).toEqual([1]);
  });

  it('saves blocks with the changed rows written in, and reads them back the same', () => {
    const column = new TextColumn();
    for (let row = 0; row < 5; row++) column.append(`text ${row}`);
    column.replace(2, 'changed');
    const reopened = new TextColumn([...column.savedBlocks()]);
    expect(Array.from({ length: 5 }, (_, row) => reopened.textAt(row))).toEqual([
      'text 0',
      'text 1',
      'changed',
      'text 3',
      'text 4',
    ]);
    expect(matches(reopened, 'text 2')).toEqual([]);
  });
});

describe('IdLookup', () => {
  it('finds every id after growing many times, and nothing for an unknown one', () => {
    const ids = new TextColumn();
    const lookup = new IdLookup(ids);
    const count = 20_000;
    for (let row = 0; row < count; row++) {
      const id = `session_${row.toString(36).padStart(14, '0')}`;
      ids.append(id);
      lookup.add(id, row);
    }
    let found = 0;
    for (let row = 0; row < count; row++) {
      if (lookup.find(`session_${row.toString(36).padStart(14, '0')}`) === row) found++;
    }
    expect(found).toBe(count);
    expect(lookup.find('session_unknown')).toBeUndefined();
    expect(lookup.saved.length).toBeGreaterThanOrEqual(count * 2);
    const reopened = new IdLookup(ids, lookup.saved);
    expect(reopened.find(`session_${(1234).toString(36).padStart(14, '0')}`)).toBe(1234);
  });
});
