/**
 * Rows of text kept as a few large strings, not one string per row: at a million sessions,
 * a million small strings cost more memory and more time to load than the text itself, while
 * one `indexOf` over a block of 65,536 rows is about as fast as a search can be (#16).
 *
 * Each row's text ends with a line break, which never appears inside a row, so a match of a
 * needle without one always lies within one row. A row whose text changed after its block was
 * built keeps its new text aside (an override) until the block is next written out.
 */
export const TEXT_BLOCK_ROWS = 65_536;

export interface TextBlock {
  /** The rows' texts, each followed by '\n'. */
  text: string;
  /** Where each row starts in `text` (UTF-16 units); entry `rows` is the text's length. */
  starts: Int32Array;
  rows: number;
}

interface OpenBlock extends TextBlock {
  /**
   * Texts of the rows after those in `text` (without the terminator), joined in once the block
   * is full or saved. Joining on every read instead would copy the whole block each time a
   * lookup follows an append: quadratic when a log is replayed.
   */
  pending: string[];
}

const ROW_END = '\n';

/** A row's text as stored: never containing the row terminator. */
function clean(text: string): string {
  return text.includes(ROW_END) ? text.replaceAll(ROW_END, ' ') : text;
}

export class TextColumn {
  private readonly blocks: OpenBlock[];
  private readonly overrides = new Map<number, string>();

  constructor(blocks: readonly TextBlock[] = []) {
    this.blocks = blocks.map((block) => ({ ...block, pending: [] }));
  }

  get size(): number {
    const last = this.blocks.at(-1);
    return last ? (this.blocks.length - 1) * TEXT_BLOCK_ROWS + last.rows : 0;
  }

  append(text: string): void {
    let block = this.blocks.at(-1);
    if (!block || block.rows === TEXT_BLOCK_ROWS) {
      block = { text: '', starts: new Int32Array(TEXT_BLOCK_ROWS + 1), rows: 0, pending: [] };
      this.blocks.push(block);
    }
    const row = clean(text);
    block.pending.push(row);
    block.starts[block.rows + 1] = (block.starts[block.rows] as number) + row.length + ROW_END.length;
    block.rows += 1;
    if (block.rows === TEXT_BLOCK_ROWS) this.join(block);
  }

  /** A new text for a row already in the column. */
  replace(row: number, text: string): void {
    this.overrides.set(row, clean(text));
  }

  textAt(row: number): string {
    const override = this.overrides.get(row);
    if (override !== undefined) return override;
    const { block, at, pending } = this.locate(row);
    if (pending !== undefined) return pending;
    return block.text.slice(block.starts[at], (block.starts[at + 1] as number) - 1);
  }

  /** Whether the row's text is exactly `text`, without copying it out. */
  isAt(row: number, text: string): boolean {
    const override = this.overrides.get(row);
    if (override !== undefined) return override === text;
    const { block, at, pending } = this.locate(row);
    if (pending !== undefined) return pending === text;
    const start = block.starts[at] as number;
    return (block.starts[at + 1] as number) - 1 - start === text.length && block.text.startsWith(text, start);
  }

  /** Sets `hits[row] = 1` for every row whose text contains `needle`. */
  markMatches(needle: string, hits: Uint8Array): void {
    if (needle.includes(ROW_END)) return; // no row's text holds one
    for (let b = 0; b < this.blocks.length; b++) {
      const { text, starts, rows, pending } = this.blocks[b] as OpenBlock;
      const base = b * TEXT_BLOCK_ROWS;
      const joinedRows = rows - pending.length;
      let row = 0;
      let from = text.indexOf(needle);
      while (from !== -1) {
        while ((starts[row + 1] as number) <= from) row++;
        if (!this.overrides.has(base + row)) hits[base + row] = 1;
        if (++row >= joinedRows) break;
        from = text.indexOf(needle, starts[row]);
      }
      for (let at = 0; at < pending.length; at++) {
        const index = base + joinedRows + at;
        if ((pending[at] as string).includes(needle) && !this.overrides.has(index)) hits[index] = 1;
      }
    }
    for (const [row, text] of this.overrides) if (text.includes(needle)) hits[row] = 1;
  }

  /** Every block with its current texts (overrides written in), for saving. */
  *savedBlocks(): Generator<TextBlock> {
    for (let b = 0; b < this.blocks.length; b++) {
      const block = this.joined(b);
      const base = b * TEXT_BLOCK_ROWS;
      let changed = false;
      for (let at = 0; at < block.rows && !changed; at++) changed = this.overrides.has(base + at);
      if (!changed) {
        yield block;
        continue;
      }
      const rebuilt = new TextColumn();
      for (let at = 0; at < block.rows; at++) rebuilt.append(this.textAt(base + at));
      yield rebuilt.joined(0);
    }
  }

  /** Where `row` lies: its block and place in it, and its text when not yet joined in. */
  private locate(row: number): { block: OpenBlock; at: number; pending: string | undefined } {
    const block = this.blocks[Math.floor(row / TEXT_BLOCK_ROWS)] as OpenBlock;
    const at = row % TEXT_BLOCK_ROWS;
    return { block, at, pending: block.pending[at - (block.rows - block.pending.length)] };
  }

  private joined(index: number): OpenBlock {
    return this.join(this.blocks[index] as OpenBlock);
  }

  private join(block: OpenBlock): OpenBlock {
    if (block.pending.length > 0) {
      block.text += block.pending.join(ROW_END) + ROW_END;
      block.pending = [];
    }
    return block;
  }
}
