// The search box: a labelled searchbox whose text is the URL's `q`; Escape clears it.
import type { Ref } from 'react';

export const SEARCH_BOX_ID = 'search-box';
export const SEARCH_HELP_ID = 'search-help';

/** Focuses the search box, its text selected so typing replaces it; false when the view is not shown. */
export function focusSearchBox(): boolean {
  const box = document.getElementById(SEARCH_BOX_ID);
  if (!(box instanceof HTMLInputElement)) return false;
  box.focus();
  box.select();
  return true;
}

interface Props {
  ref: Ref<HTMLInputElement>;
  value: string;
  /** True while the results shown are for an earlier value (they catch up after typing pauses). */
  pending: boolean;
  onChange: (value: string) => void;
}

export function SearchBox({ ref, value, pending, onChange }: Props) {
  return (
    <div className={pending ? 'search-box pending' : 'search-box'}>
      <label htmlFor={SEARCH_BOX_ID} className="visually-hidden">
        Search articles
      </label>
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="8.5" cy="8.5" r="5.5" />
        <path d="m13 13 4.5 4.5" />
      </svg>
      <input
        id={SEARCH_BOX_ID}
        ref={ref}
        type="search"
        value={value}
        placeholder="Names, phrases, numbers…"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        dir="auto"
        aria-describedby={SEARCH_HELP_ID}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || value === '') return;
          event.preventDefault();
          onChange('');
        }}
      />
      <kbd className="search-key" aria-hidden="true">
        /
      </kbd>
    </div>
  );
}
