import { describe, expect, it } from 'vitest';
import { corpusOf } from '../test-support/corpus.ts';
import { analyseArticle } from './analyse.ts';
import { diffText } from './quote-diff.ts';
import { groupingWords, groupQuotes, isScareQuote, quoteWords } from './quote-groups.ts';

/** Articles as `groupQuotes` takes them, through the real pipeline. */
function articlesOf(...texts: string[]) {
  return texts.map((text, i) => {
    const { article } = analyseArticle(`${i}.txt`, text, {});
    return { id: article.id, text: article.text, quotes: article.quotes };
  });
}

/** The groups of some texts as the quoted words of their occurrences, `article:words`. */
function groupsOf(...texts: string[]) {
  const articles = articlesOf(...texts);
  const { groups, quotes } = groupQuotes(articles);
  return {
    articles,
    quotes,
    groups,
    groupOf: quotes.map((kept) => kept.map((q) => q.group)),
    members: groups.map((g) =>
      g.occurrences.map(({ article, quote }) => {
        const a = articles[article];
        const q = quotes[article]?.[quote];
        return `${article}:${a && q ? a.text.slice(q.start, q.end) : '?'}`;
      }),
    ),
  };
}

describe('quoteWords', () => {
  it('folds case, quotation marks, apostrophes, ellipses, dashes and brackets, keeping points and hyphens in words', () => {
    expect(
      quoteWords('DeepSeek produced… U.S. models 7-10 months older, for a “few $10M’s” — [strengthen] (it)'),
    ).toEqual([
      'deepseek',
      'produced',
      'u.s',
      'models',
      '7-10',
      'months',
      'older',
      'for',
      'a',
      'few',
      "$10m's",
      'strengthen',
      'it',
    ]);
    expect(quoteWords("few $10M's")).toEqual(quoteWords('few $10M’s.'));
    expect(quoteWords('cost... but')).toEqual(quoteWords('cost, but'));
  });
});

describe('groupingWords', () => {
  it('makes each figure one word holding its value, with its currency sign and percent', () => {
    expect(groupingWords('a few $10M’s.')).toEqual(groupingWords('a few tens of millions'));
    expect(groupingWords('fell 17 percent')).toEqual(groupingWords('fell 17%'));
    expect(groupingWords('fell 17 per cent')).toEqual(['fell', '17']);
    expect(groupingWords('a few $10M’s')).not.toEqual(groupingWords('a few $100M’s'));
    expect(groupingWords('the percentage fell')).toEqual(['the', 'percentage', 'fell']);
  });
});

describe('groupQuotes', () => {
  it('groups one sentence rendered with an ellipsis and with a comma, with the difference in its diff', () => {
    const { members, groups } = groupsOf(
      '“DeepSeek produced a model close to the performance of U.S. models 7-10 months older, for a good deal less cost… but not anywhere near the ratios,” Amodei wrote.',
      'Amodei disagrees. "DeepSeek produced a model close to the performance of U.S. models 7-10 months older, for a good deal less cost, but not anywhere near the ratios," he writes.',
    );
    expect(members).toHaveLength(1);
    expect(members[0]).toHaveLength(2);
    expect(groups[0]?.speaker).toBe('Amodei');
    expect(groups[0]?.variants).toHaveLength(1);
    expect(groups[0]?.variants[0]?.occurrence).toEqual({ article: 1, quote: 0 });
    expect(groups[0]?.variants[0]?.diff.filter((d) => d.kind !== 'same')).toEqual([
      { kind: 'removed', text: '…' },
      { kind: 'added', text: ',' },
    ]);
  });

  it('groups a two-word phrase two articles both quote, curly and straight apostrophes alike, with no diff', () => {
    const { members, groups } = groupsOf(
      'Sonnet was trained long ago, costing a “few $10M’s.”',
      'Sonnet, which he claims cost a "few $10M\'s" to train, is ahead.',
    );
    expect(members).toEqual([['0:few $10M’s.', "1:few $10M's"]]);
    expect(groups[0]?.variants[0]?.diff).toEqual([]);
  });

  it('groups one spoken figure as two outlets write it, and keeps different figures apart', () => {
    const { members } = groupsOf(
      'Sonnet, he writes, cost "a few $10M\'s" to train.',
      'Sonnet cost "a few tens of millions" to train, he writes.',
      'Opus cost "a few $100M\'s" to train, he writes.',
    );
    expect(members).toEqual([["0:a few $10M's", '1:a few tens of millions'], ["2:a few $100M's"]]);
  });

  it('drops a scare quote no other article carries, and keeps one with a speaker', () => {
    const { members, articles, quotes, groupOf } = groupsOf(
      'A “bipolar” world may emerge. The mayor, Ann Lee, said it was “unacceptable.”',
      'Nothing quoted here.',
    );
    expect(members).toEqual([['0:unacceptable.']]);
    expect(quotes[0]).toHaveLength(1);
    expect(groupOf).toEqual([[0], []]);
    // The quotes as found are left as they were: grouping returns its own.
    expect(articles[0]?.quotes).toHaveLength(2);
  });

  it('keeps apart two different sentences on one topic', () => {
    const { members } = groupsOf(
      '“Export controls on chips are working and will keep the lead,” Amodei wrote.',
      '“Chips matter less than talent for keeping the lead in AI,” Lutnick said.',
    );
    expect(members).toEqual([
      ['0:Export controls on chips are working and will keep the lead'],
      ['1:Chips matter less than talent for keeping the lead in AI'],
    ]);
  });

  it('joins an excerpt to the longer quote it is cut from', () => {
    const { members } = groupsOf(
      '“They are selling the sea floor out from under us, and they did it in one evening,” Tully said.',
      'Tully said they were selling “the sea floor out from under us.”',
    );
    expect(members).toEqual([
      [
        '0:They are selling the sea floor out from under us, and they did it in one evening',
        '1:the sea floor out from under us.',
      ],
    ]);
  });

  it('joins a short excerpt to the one longer quote it is cut from, word for word', () => {
    const { members } = groupsOf(
      '“This is a wake-up call for all of us,” Lee said.',
      'Lee called it a “wake-up call.”',
      'The plan, Lee said, was “stolen.”',
    );
    expect(members).toEqual([['0:This is a wake-up call for all of us', '1:wake-up call.'], ['2:stolen.']]);
  });

  it('keeps a short phrase two different quotations share apart from both', () => {
    const { members } = groupsOf(
      '“This is a wake-up call for all of us,” Lee said.',
      '“We had a wake-up call last year and slept through it,” Lee said.',
      'Lee called it a “wake-up call.”',
    );
    expect(members).toHaveLength(3);
  });

  it('does not join a short excerpt another speaker is credited with', () => {
    const { members } = groupsOf(
      '“This is a wake-up call for all of us,” Lee said.',
      'Kim called it a “wake-up call.”',
    );
    expect(members).toHaveLength(2);
  });

  it('orders groups by how many articles carry them, then by first appearance', () => {
    const { members, groupOf } = groupsOf(
      '“Only here and nowhere else at all,” Ann Lee said. “The wall will be built this year,” she said.',
      '“The wall will be built this year,” Lee said. “We will see about the timing,” Bo Day said.',
      'Day replied: “We will see about the timing.” Lee: “The wall will be built this year.”',
    );
    expect(members.map((m) => m.length)).toEqual([3, 2, 1]);
    expect(members[0]?.[0]).toBe('0:The wall will be built this year');
    expect(members[1]?.[0]).toBe('1:We will see about the timing');
    expect(members[2]).toEqual(['0:Only here and nowhere else at all']);
    expect(groupOf).toEqual([
      [2, 0],
      [0, 1],
      [1, 0],
    ]);
  });

  it('names a group’s speaker by the fullest form of the surname most occurrences give, less any title', () => {
    const { groups } = groupsOf(
      '“The wall will be built this year,” Lee said.',
      '“The wall will be built this year,” Mayor Ann Lee said.',
      '“The wall will be built this year.”',
    );
    expect(groups[0]?.speaker).toBe('Ann Lee');
  });

  it('gives a group, on a tie, its fullest rendering and fullest-named speaker, in whatever order the articles come', () => {
    const texts = [
      '“The goal is not to deny China the benefits of AI… but to prevent them from gaining military dominance,” Dario Amodei wrote.',
      '“The goal is to prevent them from gaining military dominance,” Jo Lin said.',
    ];
    for (const order of [texts, [...texts].reverse()]) {
      const { groups } = groupsOf(...order);
      expect(groups).toHaveLength(1);
      expect(groups[0]?.text).toBe(
        'The goal is not to deny China the benefits of AI… but to prevent them from gaining military dominance',
      );
      expect(groups[0]?.speaker).toBe('Dario Amodei');
    }
  });
});

describe('isScareQuote', () => {
  it('is not what someone called a thing, named or not', () => {
    const [article] = articlesOf(
      'The outage reached what experts called “historic” levels, a “mess” really.',
    );
    const text = article?.text ?? '';
    expect(article?.quotes.map((q) => isScareQuote(text, q))).toEqual([false, true]);
  });

  it('is one or two words with no speaker', () => {
    const [article] = articlesOf('A “bipolar” world, a “new cold war” and, Lee said, a “rout.”');
    const text = article?.text ?? '';
    expect(article?.quotes.map((q) => isScareQuote(text, q))).toEqual([true, false, false]);
  });
});

describe('the seeds', () => {
  const corpus = corpusOf('seeds');
  const id = (article: number) => corpus.articles[article]?.id;
  const groupWith = (start: string) =>
    corpus.quoteGroups.find((g) => diffText(g.text).startsWith(diffText(start)));

  it('groups 000’s ellipsis and 002’s comma version of the 7-10 months quote, diffing … against ,', () => {
    const group = groupWith(
      'DeepSeek produced a model close to the performance of U.S. models 7-10 months older',
    );
    expect(group?.occurrences.map((o) => id(o.article))).toEqual(['000', '002']);
    expect(group?.speaker).toBe('Dario Amodei');
    expect(group?.variants[0]?.diff.filter((d) => d.kind !== 'same')).toEqual([
      { kind: 'removed', text: '…' },
      { kind: 'added', text: ',' },
    ]);
  });

  it('groups “few $10M’s” of 000 and 001 with 002’s “a few tens of millions”, the figure worded apart', () => {
    const group = groupWith('few $10M');
    expect(group?.occurrences.map((o) => id(o.article))).toEqual(['000', '001', '002']);
    const variants = group?.variants.map((v) => v.diff.filter((d) => d.kind !== 'same').map((d) => d.text));
    expect(variants).toContainEqual([]);
    expect(variants).toContainEqual(expect.arrayContaining(['a ', 'tens of millions']));
  });

  it('groups 002’s excerpt of the goal quote with 000’s full one', () => {
    const group = groupWith('The goal is not to deny China');
    expect(group?.occurrences.map((o) => id(o.article))).toEqual(['000', '002']);
    expect(group?.variants[0]?.diff.filter((d) => d.kind === 'added')).toEqual([]);
  });

  it('puts the groups two articles share first, and every quote in the group that holds it', () => {
    expect(corpus.quoteGroups.slice(0, 3).map((g) => g.occurrences.length)).toEqual([3, 2, 2]);
    expect(corpus.quoteGroups.slice(3).every((g) => g.occurrences.length === 1)).toBe(true);
    corpus.articles.forEach((article, a) =>
      article.quotes.forEach((quote, q) =>
        expect(corpus.quoteGroups[quote.group]?.occurrences).toContainEqual({ article: a, quote: q }),
      ),
    );
  });
});

describe('groupQuotes against every pair compared', () => {
  /** The definition the index must find every pair of: Jaccard ≥ 0.6, or 80 % of the smaller's 4+ words shared. */
  const similar = (a: Set<string>, b: Set<string>) => {
    const shared = [...a].filter((w) => b.has(w)).length;
    const smaller = Math.min(a.size, b.size);
    return shared / (a.size + b.size - shared) >= 0.6 || (smaller >= 4 && shared / smaller >= 0.8);
  };

  it('groups quotes as the connected pairs of similar word sets, whatever their sizes and words', () => {
    // Quotes of 4 to 8 words from a vocabulary of 30, some words far more common than others: many near misses,
    // excerpts made of common words, and pairs right at the threshold. Each is credited to a speaker, so none is a
    // scare quote, and each has 4 words or more, so none is a short excerpt: only the word sets decide.
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 10; round++) {
      const quotes = Array.from({ length: 150 }, () => {
        const words = new Set<string>();
        const size = 4 + Math.floor(random() * 5);
        while (words.size < size) words.add(`w${Math.floor(random() ** 2 * 30)}`);
        return [...words].join(' ');
      });
      let text = '';
      const article = {
        id: 'a',
        text: '',
        quotes: quotes.map((q) => {
          const start = text.length + 1;
          text += `"${q}" Ann said. `;
          const end = start + q.length;
          return {
            start,
            end,
            outer: { start: start - 1, end: end + 1 },
            sentence: 0,
            speaker: 'Ann',
            speakerBasis: null,
          };
        }),
      };
      article.text = text;
      const { quotes: grouped } = groupQuotes([article]);
      const sets = quotes.map((q) => new Set(q.split(' ')));
      const component = quotes.map((_, i) => i);
      const root = (i: number): number => (component[i] === i ? i : root(component[i] ?? i));
      sets.forEach((a, i) =>
        sets.forEach((b, j) => {
          if (j > i && similar(a, b)) component[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
        }),
      );
      const byGroup = grouped[0]?.map((q) => q.group) ?? [];
      for (let i = 0; i < quotes.length; i++)
        for (let j = i + 1; j < quotes.length; j++)
          expect([i, j, byGroup[i] === byGroup[j]]).toEqual([i, j, root(i) === root(j)]);
      expect(new Set(byGroup).size).toBeGreaterThan(1);
      expect(new Set(byGroup).size).toBeLessThan(quotes.length);
    }
  });
});

describe('groupQuotes on hostile articles (issue 10)', () => {
  it('groups one quote repeated 15,000 times with a word changed, in linear time', () => {
    const text = Array.from({ length: 15_000 }, (_, i) => `“They stole ${i} things,” Lutnick said.`).join(
      '\n',
    );
    const { article } = analyseArticle('a.txt', text, {});
    const started = performance.now();
    expect(groupQuotes([article]).groups).toHaveLength(1);
    // A freeze, not a benchmark: about 0.5 s here on a quiet machine; comparing every rendering with every other
    // took minutes.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
