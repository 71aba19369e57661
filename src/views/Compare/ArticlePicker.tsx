// One article picker: a box that shows the chosen article's title and, typed in, lists the articles whose title or
// outlet holds the words (downshift's combobox: arrows and Enter to choose, Escape to close), full titles wrapped.
// Closest to the other side's article first, when it has one; only the first few of a long corpus.
import { useDeferredValue, useMemo, useState } from 'react';
import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import type { Article } from '../../corpus/types.ts';
import { countOf, formatNumber } from '../../app/format.ts';
import type { Option } from '../listedOptions.ts';
import { corpusOrder, type Nearness } from './closeness.ts';
import { PickerOption } from './PickerOption.tsx';
import { pickerItems } from './pickerItems.ts';

/** Articles listed at once: more than a screen holds; typing finds the others. */
const LISTED = 50;

interface Props {
  side: 'a' | 'b';
  label: string;
  articles: readonly Article[];
  options: readonly Option[];
  /** What each article shares with the other side's, and the closest first: worked out when asked. */
  near: () => Nearness;
  /** The other side, in words ("second article"), and its article's index. */
  otherName: string;
  other: number | null;
  chosen: number | null;
  onPick: (index: number) => void;
}

const { InputKeyDownEscape, InputBlur } = useCombobox.stateChangeTypes;

/** Escape or leaving the box closes the list and keeps the chosen article: downshift would clear or replace it. */
function keepChoice(
  state: UseComboboxState<number>,
  { type, changes }: UseComboboxStateChangeOptions<number>,
) {
  return type === InputKeyDownEscape || type === InputBlur
    ? { ...changes, selectedItem: state.selectedItem }
    : changes;
}

export function ArticlePicker({
  side,
  label,
  articles,
  options,
  near,
  otherName,
  other,
  chosen,
  onPick,
}: Props) {
  // What the reader typed to find an article; null while the box shows the chosen one's title.
  const [find, setFind] = useState<string | null>(null);
  // The box answers each key at once; the list, a thousand titles filtered, follows when the page is free.
  const listFor = useDeferredValue(find ?? '');
  // Ordered by nearness once first opened (working it out is a pass over every alignment), by corpus order before.
  const [opened, setOpened] = useState(false);
  const nearness = useMemo(
    () => (opened ? near() : corpusOrder(articles.length)),
    [opened, near, articles.length],
  );
  const listed = useMemo(
    () => pickerItems(options, nearness.order, other, listFor, LISTED),
    [options, nearness.order, other, listFor],
  );
  const titleOf = (index: number | null) => (index === null ? '' : (articles[index]?.title ?? ''));
  const {
    isOpen,
    highlightedIndex,
    getLabelProps,
    getInputProps,
    getToggleButtonProps,
    getMenuProps,
    getItemProps,
  } = useCombobox<number>({
    id: `pick-${side}`,
    items: listed.items,
    itemToString: titleOf,
    selectedItem: chosen,
    inputValue: find ?? titleOf(chosen),
    stateReducer: keepChoice,
    onInputValueChange: ({ type, inputValue }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setFind(inputValue);
    },
    onIsOpenChange: ({ isOpen: open }) => {
      if (open) setOpened(true);
      else setFind(null);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      setFind(null);
      if (selectedItem !== null && selectedItem !== chosen) onPick(selectedItem);
    },
  });
  const noteId = `pick-${side}-note`;
  return (
    <div className="picker">
      <label {...getLabelProps()}>{label}</label>
      <div className="picker-box">
        <input
          {...getInputProps({
            className: 'field picker-input',
            placeholder: 'Type a title or outlet…',
            'aria-describedby': isOpen ? noteId : undefined,
            onFocus: (event) => {
              // Typing replaces the title shown rather than adding to it.
              event.currentTarget.select();
            },
          })}
        />
        <button
          {...getToggleButtonProps({
            className: 'picker-toggle',
            'aria-label': `Show the list for the ${label.toLowerCase()}`,
          })}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <div className="picker-popup" hidden={!isOpen}>
        {isOpen && (
          <p id={noteId} className="picker-note" role="status">
            {pickerNote(listed.matching, listFor.trim() !== '', nearness.shared !== null, otherName)}
          </p>
        )}
        <ul {...getMenuProps({ className: 'picker-list' })}>
          {isOpen &&
            listed.items.map((index, position) => {
              const article = articles[index];
              if (!article) return null;
              return (
                <li
                  key={article.id}
                  className="picker-option"
                  data-highlighted={highlightedIndex === position || undefined}
                  {...getItemProps({ item: index, index: position })}
                >
                  <PickerOption
                    article={article}
                    index={index}
                    other={other}
                    articles={articles}
                    shared={nearness.shared?.[index]}
                  />
                </li>
              );
            })}
        </ul>
      </div>
    </div>
  );
}

/** What the open list holds, and in what order. */
function pickerNote(matching: number, typed: boolean, ordered: boolean, otherName: string): string {
  const order = ordered ? `, closest to the ${otherName} first` : '';
  const more = matching > LISTED ? `; the first ${formatNumber(LISTED)} are listed, type to narrow` : '';
  if (matching === 0) return 'No article has those words in its title or outlet.';
  return `${countOf(matching, 'article')}${typed ? ' found' : ''}${order}${more}.`;
}
