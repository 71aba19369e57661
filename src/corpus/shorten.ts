// Shorten: text cut to a glance at a word boundary, for titles made of a first sentence and for the views' labels.

/**
 * `text` with its white space squashed, cut to at most `max` characters with an ellipsis when it is longer: at the
 * end of the last whole word that fits (the cut itself when a space follows it), or mid-word when that word would
 * leave less than half, and never leaving a dangling comma, colon or dash before the ellipsis.
 */
export function shorten(text: string, max: number): string {
  const squashed = text.replace(/\s+/g, ' ').trim();
  if (squashed.length <= max) return squashed;
  const cut = squashed.slice(0, max - 1);
  const space = squashed[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
