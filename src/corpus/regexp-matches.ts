// Every match of a global regular expression in a string, as `String.prototype.matchAll` gives them, without its
// cost: matchAll copies the expression for each string it reads, and for the quote finder's expressions, run once
// per sentence and per quote, the copies cost more than the matching (for the verbs of saying, twice as much).

/**
 * The matches of `pattern` (flag `g` required) in `text`, in order. `pattern.lastIndex` is reset before and after,
 * so the shared expression carries no state between calls; an empty match moves on by one character, as matchAll.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global expression: ${String(pattern)}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return matches;
}

/** The index after the character at `at`: a whole surrogate pair in unicode mode, as matchAll advances. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
