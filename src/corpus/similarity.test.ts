import { describe, expect, it } from 'vitest';
import { candidatePairs } from './candidate-pairs.ts';
import {
  NUMBER_CONFLICT,
  numbersDiffer,
  packTexts,
  scoreCeiling,
  scorer,
  type TextVector,
} from './similarity.ts';

/** Keys as numbers, the same number for the same key across the tests. */
const ids = new Map<string, number>();
const idOf = (key: string) => ids.get(key) ?? ids.set(key, ids.size).size - 1;

describe('numbersDiffer', () => {
  it('holds when both state quantities and share none', () => {
    expect(numbersDiffer(['13'], ['17'])).toBe(true);
    expect(numbersDiffer(['13', '2025'], ['2025'])).toBe(false);
    expect(numbersDiffer([], ['17'])).toBe(false);
  });

  it('lets rounded figures agree, within the tolerance', () => {
    expect(numbersDiffer(['589000000000'], ['600000000000'])).toBe(false);
    expect(numbersDiffer(['5600000'], ['6000000'])).toBe(false);
    expect(numbersDiffer(['13'], ['17'])).toBe(true);
    // Ranges agree only when equal.
    expect(numbersDiffer(['9-12'], ['7-10'])).toBe(true);
  });
});

describe('similarity', () => {
  /** A text of these keys; its content words (`w:`) are plain words, not names, unless `names` lists them. */
  const text = (
    weights: Record<string, number>,
    numbers: string[] = [],
    names: string[] = [],
    speakers: string[] = [],
  ): TextVector => {
    const keys = Object.keys(weights);
    return {
      keys: keys.map(idOf),
      weights: Object.values(weights),
      plain: keys.map((k) => k.startsWith('w:') && !names.includes(k)),
      norm: Math.sqrt(Object.values(weights).reduce((sum, w) => sum + w * w, 0)),
      numbers,
      speakers: new Set(speakers),
    };
  };
  /** The score of two texts, with a scorer of their own. */
  const similarity = (u: TextVector, v: TextVector, shareQuote: boolean) =>
    scorer(packTexts([u, v]))(0, 1, shareQuote);

  it('cuts the score of two sentences whose figures differ', () => {
    const keys = { 'w:share': 1, 'w:fell': 1, 'e:acme': 2 };
    const same = similarity(text(keys, ['13']), text(keys, ['13']), false);
    const differ = similarity(text(keys, ['13']), text(keys, ['17']), false);
    expect(same).toBeCloseTo(1);
    expect(differ).toBeCloseTo(NUMBER_CONFLICT);
  });

  it('raises a shared quote only when the words around it agree too', () => {
    // Two shared keys out of many: a weak overlap, which a shared quote does not lift.
    const loose = similarity(
      text({ 'w:mother': 1, 'w:outag': 1, 'w:woke': 2, 'w:news': 2, 'e:america': 2 }),
      text({ 'w:mother': 1, 'w:outag': 1, 'w:trader': 2, 'w:market': 2, 'w:global': 2 }),
      true,
    );
    expect(loose).toBeLessThan(0.15);
    const close = { 'w:navi': 1, 'w:ban': 1, 'w:app': 1 };
    const plain = similarity(text({ ...close, 'w:staff': 1 }), text({ ...close, 'w:sailor': 1 }), false);
    const quoted = similarity(text({ ...close, 'w:staff': 1 }), text({ ...close, 'w:sailor': 1 }), true);
    expect(quoted).toBeGreaterThan(plain);
  });

  it('gives 0 to sentences that share names but no other word', () => {
    // "Trump on Monday praised the chatbot" / "Lutnick, Trump's nominee, testified on tariffs": only names shared.
    const names = ['w:trump', 'w:donald'];
    const a = text(
      { 'w:trump': 1, 'w:donald': 1, 'e:trump': 1, 'e:donald': 1, 'w:prais': 1, 'w:chatbot': 1 },
      [],
      names,
    );
    const b = text(
      { 'w:trump': 1, 'w:donald': 1, 'e:trump': 1, 'e:donald': 1, 'w:tariff': 1, 'w:testifi': 1 },
      [],
      names,
    );
    expect(similarity(a, b, false)).toBe(0);
    // One word of what they say in common is enough to be scored.
    const c = text(
      { 'w:trump': 1, 'w:donald': 1, 'e:trump': 1, 'e:donald': 1, 'w:prais': 1, 'w:app': 1 },
      [],
      names,
    );
    expect(similarity(a, c, false)).toBeGreaterThan(0.5);
  });

  it('gives 0 to quotations of different people in different words, unless they quote the same words', () => {
    const keys = { 'w:third': 1, 'w:parti': 1, 'w:softwar': 1, 'w:outag': 1 };
    const microsoft = text({ ...keys, 'w:window': 1 }, [], [], ['microsoft']);
    const united = text({ ...keys, 'w:flight': 1 }, [], [], ['united']);
    expect(similarity(microsoft, united, false)).toBe(0);
    expect(similarity(microsoft, united, true)).toBeGreaterThan(0.5);
    expect(
      similarity(microsoft, text({ ...keys, 'w:flight': 1 }, [], [], ['microsoft']), false),
    ).toBeGreaterThan(0.5);
    // A report of what was said is no quotation: it is compared on its words.
    expect(similarity(microsoft, text({ ...keys, 'w:flight': 1 }), false)).toBeGreaterThan(0.5);
  });

  it('gives 0 to sentences sharing a single key, however rare', () => {
    expect(similarity(text({ 'w:stake': 5, 'w:a': 1 }), text({ 'w:stake': 5, 'w:b': 1 }), false)).toBe(0);
  });

  it('scores each pair alike whatever pairs a scorer scored before it', () => {
    const texts = [
      text({ 'w:kettl': 1, 'w:recal': 2, 'e:acme': 2, 'w:shop': 1 }),
      text({ 'w:kettl': 1, 'w:recal': 2, 'e:acme': 2, 'w:toaster': 3, 'w:fire': 1 }),
      text({ 'w:recal': 2, 'e:acme': 2 }),
      text({ 'w:toaster': 3, 'w:fire': 1, 'w:shop': 1, 'w:kettl': 1, 'w:burn': 2, 'w:hand': 1 }),
    ];
    const pairs = [0, 1, 2, 3].flatMap((u) =>
      [0, 1, 2, 3].flatMap((v) => (u === v ? [] : [[u, v] as const])),
    );
    const alone = pairs.map(([u, v]) => similarity(texts[u] as TextVector, texts[v] as TextVector, false));
    const shared = scorer(packTexts(texts));
    expect(pairs.map(([u, v]) => shared(u, v, false))).toEqual(alone);
    expect(alone.filter((score) => score > 0).length).toBeGreaterThan(4);
  });

  it('sums the shared keys in the smaller text’s order, so the score does not hang on how keys are numbered', () => {
    // Products of 3, 1e16 and −1e16: summed in that order they make 4, in the larger text's order 3.
    const small = text({ 'w:a': 1, 'w:b': 1e8, 'w:c': 1e8 });
    const large = text({ 'w:c': -1e8, 'w:b': 1e8, 'w:a': 3, 'w:d': 1 });
    const expected = (3 + 1e16 + -1e16) / (small.norm * large.norm);
    expect(expected).not.toBe((-1e16 + 1e16 + 3) / (small.norm * large.norm));
    expect(similarity(small, large, false)).toBe(expected);
    expect(similarity(large, small, false)).toBe(expected);
  });
});

describe('scoreCeiling', () => {
  it('is never under the score, so scoring only the candidates it lets through loses no pair over the threshold', () => {
    // A seeded corpus as alignment weighs one: each key one weight in every text, some figures and speakers.
    let seed = 5;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const keyCount = 100;
    const keyWeights = Array.from({ length: keyCount }, () => 0.5 + random() * 3);
    const texts: TextVector[] = Array.from({ length: 120 }, () => {
      const keys = [
        ...new Set(
          Array.from({ length: 2 + Math.floor(random() * 6) }, () => Math.floor(random() ** 2 * keyCount)),
        ),
      ];
      const weights = keys.map((k) => keyWeights[k] ?? 0);
      return {
        keys,
        weights,
        plain: keys.map(() => random() < 0.8),
        norm: Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)),
        numbers: random() < 0.3 ? [String(1 + Math.floor(random() * 3))] : [],
        speakers: new Set(random() < 0.2 ? [random() < 0.5 ? 'a' : 'b'] : []),
      };
    });
    const packed = packTexts(texts);
    const score = scorer(packed);
    const threshold = 0.19;
    const squares = keyWeights.map((w) => w * w);
    let [kept, skipped, liftedByQuote] = [0, 0, 0];
    // A cap under the most-held keys' counts: their weights reach the overlap only through each pair's check.
    for (const [u, others, overlaps] of candidatePairs(
      texts.map((t) => t.keys),
      keyCount,
      20,
      1,
      squares,
    ))
      others.forEach((v, i) => {
        for (const shareQuote of [false, true]) {
          const ceiling = scoreCeiling(packed, u, v, overlaps[i] ?? 0, shareQuote);
          const actual = score(u, v, shareQuote);
          expect(ceiling).toBeGreaterThanOrEqual(actual);
          if (ceiling < threshold) skipped++;
          else if (actual >= threshold) kept++;
          // Pairs a ceiling without the quote bonus would wrongly skip.
          if (
            shareQuote &&
            actual >= threshold &&
            scoreCeiling(packed, u, v, overlaps[i] ?? 0, false) < threshold
          )
            liftedByQuote++;
        }
      });
    expect(skipped).toBeGreaterThan(kept);
    expect(kept).toBeGreaterThan(10);
    expect(liftedByQuote).toBeGreaterThan(0);
  });
});
