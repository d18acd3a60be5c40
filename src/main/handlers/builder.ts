import { BuilderDraft } from '../../shared/builder-draft';
import type { HandlersOf } from '../core/ipc/dispatcher';
import type { KeyValueStore } from '../core/settings/key-value-store';

/** `builder:*`: the half-built sale, kept between screens and restarts. */
export function builderHandlers(drafts: KeyValueStore): HandlersOf<'builder'> {
  return {
    'builder:get-draft': () => {
      const parsed = BuilderDraft.safeParse(drafts.get('builder'));
      return parsed.success ? parsed.data : null;
    },
    'builder:save-draft': (draft) => {
      if (draft === null) drafts.delete('builder');
      else drafts.set('builder', draft);
      return { saved: true };
    },
  };
}
