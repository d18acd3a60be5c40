// Child process for the crash test: writes to history as fast as it can and says "ack <id>"
// (or "ack <id> completed") on stdout only after each write has been acknowledged.
import { HistoryStore } from '../../../src/main/core/history/history-store';
import { sessionRecord } from '../../support/records';

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-writer <dir>');
const store = await HistoryStore.open(dir);
for (let i = 0; ; i++) {
  const id = `session_${String(i).padStart(14, '0')}`;
  await store.append(sessionRecord(id, { reference: `burst ${i}` }));
  process.stdout.write(`ack ${id}\n`);
  if (i % 3 === 0) {
    await store.update(id, { status: 'completed', payment: { paidMinor: 1250 } });
    process.stdout.write(`ack ${id} completed\n`);
  }
}
