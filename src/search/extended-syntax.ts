// Extended syntax: a query in Fuse's extended syntax read as Fuse reads it (fuse.js 7, src/search/extended), so that
// the engine can tell which passages could match before Fuse runs. Fuse does not export its parser; this mirrors it,
// and extended-candidates.test.ts checks the engine's results against Fuse's own over every passage.

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
 * For a query with no fuzzy operand, the test of a passage's text: some alternative has operands that all pass
 * (Fuse scores each such match 0, and a string list has no key weight to turn 0 into anything else). `null` when an
 * operand is fuzzy: only Fuse's bitap can tell those, and score them.
 */
export function stringTest(query: string): ((text: string) => boolean) | null {
  const alternatives = readExtended(query);
  const tests = alternatives.map((operands) =>
    operands.map(({ type, pattern }) => {
      const test = STRING_TESTS[type];
      return test ? (text: string) => test(text, pattern) : null;
    }),
  );
  if (tests.some((all) => all.some((t) => t === null))) return null;
  return (text) => tests.some((all) => all.length > 0 && all.every((t) => t?.(text)));
}
