// Child process for the crash test: writes to history as fast as it can and says "ack <id>"
// (or "ack <id> completed") on stdout only after each write has been acknowledged. With
// "batches" it writes as an organiser catching up does: 50 adds and their changes per writeAll.
import { HistoryStore, type HistoryChange } from '../../../src/main/core/history/history-store';
import { sessionRecord } from '../../support/records';

const [dir, mode = 'one-by-one'] = process.argv.slice(2);
if (!dir) throw new Error('usage: crash-writer <dir> [one-by-one|batches]');
const store = await HistoryStore.open(dir);
const idOf = (i: number): string => `session_${String(i).padStart(14, '0')}`;
const completed = { status: 'completed', payment: { paidMinor: 1250 } } as const;

if (mode === 'batches') {
  for (let first = 0; ; first += 50) {
    const changes: HistoryChange[] = [];
    const acks: string[] = [];
    for (let i = first; i < first + 50; i++) {
      changes.push({ op: 'put', record: sessionRecord(idOf(i), { reference: `burst ${i}` }) });
      acks.push(`ack ${idOf(i)}\n`);
      if (i % 3 === 0) {
        changes.push({ op: 'patch', id: idOf(i), update: completed });
        acks.push(`ack ${idOf(i)} completed\n`);
      }
    }
    await store.writeAll(changes);
    process.stdout.write(acks.join(''));
  }
}
for (let i = 0; ; i++) {
  await store.append(sessionRecord(idOf(i), { reference: `burst ${i}` }));
  process.stdout.write(`ack ${idOf(i)}\n`);
  if (i % 3 === 0) {
    await store.update(idOf(i), completed);
    process.stdout.write(`ack ${idOf(i)} completed\n`);
  }
}
