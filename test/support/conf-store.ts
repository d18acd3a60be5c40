import Conf from 'conf';
import type { KeyValueStore } from '../../src/main/core/settings/key-value-store';

/** electron-store's own engine (conf) in a given folder: `<dir>/<name>.json`. */
export function confStoreOpener(dir: string): (name: string) => KeyValueStore {
  return (name) => {
    const store = new Conf<Record<string, unknown>>({
      cwd: dir,
      configName: name,
      clearInvalidConfig: false,
      projectSuffix: '',
    });
    return {
      get: (key) => store.get(key),
      set: (key, value) => store.set(key, value),
      delete: (key) => store.delete(key),
      path: store.path,
    };
  };
}
