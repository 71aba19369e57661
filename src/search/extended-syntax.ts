// Extended syntax: a query in Fuse's extended syntax read and scored as Fuse reads and scores it (fuse.js 7,
// src/search/extended), so that the engine can tell which passages could match, and score them, without Fuse's objects
// per passage. Fuse does not export its parser; this mirrors it, and extended-candidates.test.ts checks the engine's
// results against Fuse's own over every passage.
import { substringDistance } from './approximate.ts';
import { maxErrors } from './query.ts';

export type OperandType =
  | 'exact'
  | 'include'
  | 'prefix-exact'
  | 'inverse-prefix-exact'
  | 'inverse-suffix-exact'
  | 'suffix-exact'
  | 'inverse-exact'
  | 'fuzzy';

export interface Operand {
  type: OperandType;
  pattern: string;
}

/** Fuse's matchers, in the order it tries them: the quoted form of each first, then the bare forms. */
const MATCHERS: readonly { type: OperandType; quoted: RegExp; bare: RegExp }[] = [
  { type: 'exact', quoted: /^="(.*)"$/, bare: /^=(.*)$/ },
  { type: 'include', quoted: /^'"(.*)"$/, bare: /^'(.*)$/ },
  { type: 'prefix-exact', quoted: /^\^"(.*)"$/, bare: /^\^(.*)$/ },
  { type: 'inverse-prefix-exact', quoted: /^!\^"(.*)"$/, bare: /^!\^(.*)$/ },
  { type: 'inverse-suffix-exact', quoted: /^!"(.*)"\$$/, bare: /^!(.*)\$$/ },
  { type: 'suffix-exact', quoted: /^"(.*)"\$$/, bare: /^(.*)\$$/ },
  { type: 'inverse-exact', quoted: /^!"(.*)"$/, bare: /^!(.*)$/ },
  { type: 'fuzzy', quoted: /^"(.*)"$/, bare: /^(.*)$/ },
];

/** Space-separated tokens, a quoted run (which may hold spaces) being one, as Fuse's `tokenize` cuts them. */
function tokens(pattern: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < pattern.length) {
    while (pattern[i] === ' ') i++;
    if (i >= pattern.length) break;
    let j = i;
    while (j < pattern.length && pattern[j] !== ' ' && pattern[j] !== '"') j++;
    if (pattern[j] === '"') {
      j++;
      while (j < pattern.length) {
        if (pattern[j] === '"') {
          const next = pattern[j + 1];
          if (next === undefined || next === ' ') {
            j++;
            break;
          }
          if (next === '$' && (pattern[j + 2] === undefined || pattern[j + 2] === ' ')) {
            j += 2;
            break;
          }
        }
        j++;
      }
    } else while (j < pattern.length && pattern[j] !== ' ') j++;
    out.push(pattern.slice(i, j));
    i = j;
  }
  return out;
}

function operand(token: string): Operand | null {
  // Fuse takes the first matcher whose pattern captures a non-empty operand, quoted forms before bare ones.
  for (const form of ['quoted', 'bare'] as const) {
    for (const m of MATCHERS) {
      const pattern = m[form].exec(token)?.[1];
      if (pattern) return { type: m.type, pattern };
    }
  }
  return null;
}

/** The query's alternatives (`|`), each the operands that must all match (space-separated). */
export function readExtended(query: string): Operand[][] {
  return query
    .replace(/\\\|/g, '\0')
    .split('|')
    .map((item) =>
      tokens(item.replace(/\0/g, '|').trim())
        .filter((t) => t.trim() !== '')
        .flatMap((t) => operand(t) ?? []),
    );
}

export const isInverse = (type: OperandType) => type.startsWith('inverse');

/** Fuse's test for each operator that is one string comparison: every operator but the fuzzy one. */
export const STRING_TESTS: Partial<Record<OperandType, (text: string, pattern: string) => boolean>> = {
  exact: (text, pattern) => text === pattern,
  include: (text, pattern) => text.includes(pattern),
  'prefix-exact': (text, pattern) => text.startsWith(pattern),
  'inverse-prefix-exact': (text, pattern) => !text.startsWith(pattern),
  'inverse-suffix-exact': (text, pattern) => !text.endsWith(pattern),
  'suffix-exact': (text, pattern) => text.endsWith(pattern),
  'inverse-exact': (text, pattern) => !text.includes(pattern),
};

/**
 * Fuse's score of a passage's text for each alternative of a query (before the passage's field-length norm), or `null`
 * where the alternative does not match; Fuse gives the first that matches. An alternative's score is the mean of its
 * operands'. Every operator but the fuzzy one is a string comparison and scores 0. A fuzzy operand is scored as Fuse's
 * bitap scores it: the fewest edits that turn it into a substring of the text, if at most `maxErrors`, over its
 * length, at least 0.001; 0 for the whole text. Fuse's two-unit minimum leaves a one-unit operand matching only where
 * it is doubled ("l" in "all"). Worked out here, not by Fuse over the candidate passages: Fuse's objects per passage
 * took seconds when one alternative was a common letter ("nvidia | l") at 10,000 articles. Operands are at most 32 units long, as `parseQuery` cuts them.
 */
export function alternativeScores(query: string): ((text: string) => number | null)[] {
  return readExtended(query).map((alternative) => {
    const operands = alternative.map(({ type, pattern }): ((text: string) => number | null) => {
      const test = STRING_TESTS[type];
      if (test) return (text) => (test(text, pattern) ? 0 : null);
      if (pattern.length === 1) return (text) => (text.includes(pattern.repeat(2)) ? 0.001 : null);
      const errors = maxErrors(pattern);
      const distance = substringDistance(pattern);
      return (text) => {
        if (text === pattern) return 0;
        const d = distance(text, errors);
        return d > errors ? null : Math.max(0.001, d / pattern.length);
      };
    });
    return (text) => {
      if (operands.length === 0) return null;
      let total = 0;
      for (const score of operands) {
        const s = score(text);
        if (s === null) return null;
        total += s;
      }
      return total / operands.length;
    };
  });
}
