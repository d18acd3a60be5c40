import type { BuilderDraft } from './draft';

export interface PanelProps {
  draft: BuilderDraft;
  update: (change: (draft: BuilderDraft) => BuilderDraft) => void;
  errors: Record<string, string>;
}
