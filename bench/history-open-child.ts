// One cold start of the history, in a process of its own so its memory is its own: open the
// store in argv[2], read the first page and the totals of "All time", then type a search.
// Prints one JSON line of figures. Run by bench/history-scale.ts.
import { HistoryStore } from '../src/main/core/history/history-store';
import { percentile } from './results';

const dir = process.argv[2];
if (!dir) throw new Error('usage: history-open-child.ts <data dir>');

const started = performance.now();
const store = await HistoryStore.open(dir);
const first = store.index.run({ sort: 'newest' });
const page = first.page(0, 50);
if (page.length === 0 || first.totals.byCurrency.length === 0) throw new Error('no first page');
const openMs = performance.now() - started;
const rssMb = process.memoryUsage().rss / 1024 / 1024;

/** A clerk typing "order 4242" one keystroke at a time, three times; each result's first page read. Sorted. */
function typeSearch(between?: (keystroke: number) => Promise<void>): Promise<number[]> {
  return (async () => {
    const samples: number[] = [];
    const text = 'order 4242';
    for (let round = 0; round < 3; round++) {
      for (let n = 1; n <= text.length; n++) {
        await between?.(round * text.length + n);
        const at = performance.now();
        store.index.run({ sort: 'newest', search: text.slice(0, n) }).page(0, 50);
        samples.push(performance.now() - at);
      }
    }
    return samples.sort((a, b) => a - b);
  })();
}

// One search first, not counted: a running app has long since compiled this code.
await typeSearch();
const search = await typeSearch();
// The same, with the history changing between keystrokes: a new sale is made each time.
const [template] = page;
let sales = 0;
const newSale = async (): Promise<void> => {
  if (!template) return;
  const id = `session_b${process.pid.toString(36)}${String(sales++).padStart(6, '0')}`;
  await store.append({ ...template, id, status: 'pending', payment: undefined, createdAt: new Date().toISOString() });
};
await typeSearch(newSale);
const searchAfterChange = await typeSearch(newSale);
await store.close();

console.log(
  JSON.stringify({
    openMs,
    rssMb,
    searchP95Ms: percentile(search, 95),
    searchAfterChangeP95Ms: percentile(searchAfterChange, 95),
    size: store.size,
  }),
);
