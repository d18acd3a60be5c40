import { useRef } from 'react';
import { useWords } from '../../lib/i18n';
import { ALL_CATEGORIES } from './product-grid';

interface Props {
  /** Category names, in the order shown; "All" comes first by itself. */
  categories: readonly string[];
  selected: string;
  onSelect: (category: string) => void;
  /** The id of the panel the tabs control; each tab's id is `${panelId}-tab-${index}`. */
  panelId: string;
}

/** Categories as a tab strip: click, or the arrow keys, Home and End, as in any tab list. */
export function CategoryTabs({ categories, selected, onSelect, panelId }: Props): React.JSX.Element {
  const { t } = useWords();
  const strip = useRef<HTMLDivElement>(null);
  const all = [ALL_CATEGORIES, ...categories];
  const current = Math.max(0, all.indexOf(selected));

  const moveTo = (index: number): void => {
    const next = (index + all.length) % all.length;
    onSelect(all[next] ?? ALL_CATEGORIES);
    strip.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent): void => {
    const step = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: all.length - 1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    moveTo(step);
  };

  return (
    <div
      className="category-tabs"
      role="tablist"
      aria-label={t('catalogue.categories')}
      ref={strip}
      onKeyDown={onKeyDown}
    >
      {all.map((category, index) => (
        <button
          key={category}
          id={`${panelId}-tab-${index}`}
          type="button"
          role="tab"
          aria-selected={index === current}
          aria-controls={panelId}
          tabIndex={index === current ? 0 : -1}
          onClick={() => onSelect(category)}
        >
          {category === ALL_CATEGORIES ? t('catalogue.all') : category}
        </button>
      ))}
    </div>
  );
}

/** The tab id that labels the panel while `selected` is chosen. */
export function selectedTabId(categories: readonly string[], selected: string, panelId: string): string {
  return `${panelId}-tab-${selected === ALL_CATEGORIES ? 0 : categories.indexOf(selected) + 1}`;
}
