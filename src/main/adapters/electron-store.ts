import ElectronStore from 'electron-store';
import type { KeyValueStore } from '../core/settings/key-value-store';

/** `<userData>/<name>.json` through electron-store; a file that does not parse throws (we move it aside). */
export function openElectronStore(name: string): KeyValueStore {
  const store = new ElectronStore<Record<string, unknown>>({ name, clearInvalidConfig: false });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
    path: store.path,
  };
}
