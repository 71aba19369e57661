import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { createEngine, EXTENDED } from './engine.ts';
import { extendedCandidates } from './extended-candidates.ts';
import { readExtended } from './extended-syntax.ts';
import { searchData } from './search-data.ts';
import { corpusOf } from '../test-support/corpus.ts';
import { wordGrams } from './word-grams.ts';

const data = searchData(corpusOf('seeds'));
const engine = createEngine(data);
const everyPassage = new Fuse(data.texts, EXTENDED);
const index = {
  grams: wordGrams(data.words),
  texts: data.texts,
  postingStarts: data.postingStarts,
  postings: data.postings,
  passages: data.texts.length,
};

/** Passage → score, as the engine found them and as Fuse finds them reading every passage. */
function both(text: string) {
  const result = engine.search(text);
  const ours = new Map(result.groups.flatMap((g) => g.hits.map((h) => [h.passage, h.score] as const)));
  if (result.query.kind !== 'extended') return { ours, fuse: ours };
  const fuse = new Map(
    everyPassage.search(result.query.fuse).map((r) => [r.refIndex, r.score ?? 1] as const),
  );
  return { ours, fuse };
}

describe('readExtended', () => {
  it('reads operands as Fuse does', () => {
    expect(readExtended(`'nvidia !^the "export controls"$ | =a\\|b lutnik`)).toEqual([
      [
        { type: 'include', pattern: 'nvidia' },
        { type: 'inverse-prefix-exact', pattern: 'the' },
        { type: 'suffix-exact', pattern: 'export controls' },
      ],
      [
        { type: 'exact', pattern: 'a|b' },
        { type: 'fuzzy', pattern: 'lutnik' },
      ],
    ]);
  });
});

describe('extended candidates', () => {
  it('lets through only passages whose words could match', () => {
    const candidates = extendedCandidates(index, "'lutnick").passages;
    expect(candidates).not.toBeNull();
    expect(candidates?.length).toBeLessThan(data.texts.length / 4);
    for (const p of candidates ?? []) expect(data.texts[p]).toContain('lutnick');
  });

  it('looks at each text for operators no word narrows', () => {
    expect(Array.from(extendedCandidates(index, '^t').passages ?? [])).toEqual(
      data.texts.flatMap((text, p) => (text.startsWith('t') ? [p] : [])),
    );
  });

  it('gives each alternative its own candidates', () => {
    const { passages, alternatives } = extendedCandidates(index, "'lutnick | !amodei");
    expect(passages).toBeNull();
    expect(alternatives[1]).toBeNull();
    const first = alternatives[0];
    expect(first?.includes(1)).toBe(true);
    data.texts.forEach((text, p) => {
      if (first?.[p] === 1) expect(text).toContain('lutnick');
    });
  });

  it('rules nothing out for an inverse operand alone', () => {
    expect(extendedCandidates(index, '!lutnick').passages).toBeNull();
  });

  it.each([
    ["'lutnick"],
    ['lutnik'],
    ['^the'],
    ['nvidia | lutnick'],
    ['lutnick !amodei'],
    ['=x'],
    ['nvidia | l'],
    ['e'],
    ['\'"export controls"'],
  ])('%s gives what Fuse gives reading every passage', (query) => {
    const { ours, fuse } = both(query);
    expect(ours).toEqual(fuse);
  });

  it('never loses a match Fuse would find, whatever the operators and typos', () => {
    const words = data.words.filter((w) => w.length >= 3);
    const typo = (word: string, at: number, kind: number) => {
      const i = at % word.length;
      if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
      if (kind === 1) return `${word.slice(0, i)}x${word.slice(i + 1)}`;
      return kind === 2 ? `${word.slice(0, i)}e${word.slice(i)}` : word;
    };
    const operand = fc
      .tuple(
        fc.constantFrom('', "'", '=', '^', '!', '!^'),
        fc.constantFrom(...words),
        fc.nat(),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
      )
      .map(([op, word, at, kind, suffix]) => `${op}${typo(word, at, kind)}${suffix && op === '' ? '$' : ''}`);
    const query = fc
      .array(fc.array(operand, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 })
      .map((groups) => groups.map((g) => g.join(' ')).join(' | '));
    fc.assert(
      fc.property(query, (q) => {
        const { ours, fuse } = both(q);
        expect(ours).toEqual(fuse);
      }),
      { numRuns: 300 },
    );
  });
});
