// A button in the text's flow that shows all or less of something; `aria-expanded` tells assistive technology which.
import type { ReactNode } from 'react';

interface Props {
  open: boolean;
  onChange: (open: boolean) => void;
  /** Classes besides `link-button`. */
  className?: string;
  /** The label, which says what a press will do. */
  children: ReactNode;
}

export function ExpandToggle({ open, onChange, className, children }: Props) {
  return (
    <button
      type="button"
      className={className === undefined ? 'link-button' : `link-button ${className}`}
      aria-expanded={open}
      onClick={() => {
        onChange(!open);
      }}
    >
      {children}
    </button>
  );
}
