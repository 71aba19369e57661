// The filter bar and empty state the table views share: a labelled search box, an optional checkbox or choice, a
// live count, and, when nothing matches, what to do about it.
import type { ReactNode, RefObject } from 'react';

interface Choice {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

export interface FilterBarProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onFilter: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** A checkbox filter beside the box ("Only one source"). */
  check?: { label: string; checked: boolean; onChange: (checked: boolean) => void };
  /** A choice of one of several filters beside the box ("Told by two or more sources"). */
  choice?: Choice;
  /** What is shown, announced as it changes. */
  count: string;
}

export function FilterBar({
  id,
  label,
  placeholder,
  value,
  onFilter,
  inputRef,
  check,
  choice,
  count,
}: FilterBarProps) {
  return (
    <div className="toolbar">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="search"
        className="field"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          onFilter(event.target.value);
        }}
      />
      {check && (
        <label className="check">
          <input
            type="checkbox"
            checked={check.checked}
            onChange={(event) => {
              check.onChange(event.target.checked);
            }}
          />
          {check.label}
        </label>
      )}
      {choice && (
        <span className="choice">
          <label htmlFor={choice.id}>{choice.label}</label>
          <select
            id={choice.id}
            className="field"
            value={choice.value}
            onChange={(event) => {
              choice.onChange(event.target.value);
            }}
          >
            {choice.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </span>
      )}
      <p className="count" role="status">
        {count}
      </p>
    </div>
  );
}

/** Nothing to show: why, and a button that clears the filters when they are the reason. */
export function NothingShown({
  children,
  onClear,
  clearLabel,
}: {
  children: ReactNode;
  onClear: (() => void) | null;
  clearLabel: string;
}) {
  return (
    <div className="empty">
      <p>{children}</p>
      {onClear && (
        <button type="button" className="button" onClick={onClear}>
          {clearLabel}
        </button>
      )}
    </div>
  );
}
