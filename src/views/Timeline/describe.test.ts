import { describe, expect, it } from 'vitest';
import type { DateMention, EventDate } from '../../corpus/types.ts';
import {
  agreementWords,
  articleLabels,
  eventDateBasis,
  isImprecise,
  mentionBasis,
  precisionWords,
} from './describe.ts';
import { corpusOf } from '../../test-support/corpus.ts';

const seeds = corpusOf('seeds');
const labels = articleLabels(seeds.articles);
const event = (id: string) => {
  const found = seeds.timeline.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const placedBasis = (id: string) => {
  const e = event(id);
  const date = e.date === null ? undefined : e.dates[e.date];
  if (!date) throw new Error(`${id} is undated`);
  return eventDateBasis(seeds.articles, labels, date);
};

describe('precision', () => {
  it('says how finely a date is known, and which are drawn as imprecise', () => {
    expect(precisionWords('day', false)).toBe('to the day');
    expect(precisionWords('month', true)).toBe('to the month, approximately');
    expect(isImprecise({ precision: 'day', approximate: false })).toBe(false);
    expect(isImprecise({ precision: 'day', approximate: true })).toBe(true);
    expect(isImprecise({ precision: 'range', approximate: false })).toBe(true);
  });
});

describe('the basis of a date, in words', () => {
  it('says which article states a date, and with what words', () => {
    expect(placedBasis('chips-forecast')).toBe('stated as ‘2026-2027’ in Maginative');
  });

  it('says what a relative date was resolved against: the publication date, or a day inferred for an undated one', () => {
    expect(placedBasis('essay')).toBe('inferred from ‘Wednesday (Jan. 29)’ in PYMNTS, published 30 Jan 2025');
    const r1 = event('r1-release');
    const lastWeek = r1.dates.find((d) => d.basis === 'inferred');
    expect(lastWeek && eventDateBasis(seeds.articles, labels, lastWeek)).toBe(
      'inferred from ‘last week’ in PYMNTS, published 30 Jan 2025',
    );
    expect(placedBasis('lutnick-hearing')).toBe(
      'inferred from ‘Wednesday’ in news.starfolksoftware.com, resolved against 29 Jan 2025, the day its own dates fit the other articles’ best',
    );
  });

  it('names the source of an external date', () => {
    expect(placedBasis('nvidia-drop')).toMatch(
      /^external: Nvidia shares fell about 17 % on Monday, Jan\. 27, 2025/,
    );
  });

  it('resolves against an article’s own latest date, and says when nothing could be resolved', () => {
    const article = {
      text: 'On Friday, and by March 3, 2026.',
      dateReference: { date: '2026-03-03', source: 'own-dates' as const },
    };
    const friday: DateMention = {
      start: 3,
      end: 9,
      sentence: 0,
      span: { start: '2026-02-27', end: '2026-02-27' },
      precision: 'day',
      basis: 'inferred',
      approximate: false,
    };
    expect(mentionBasis(article, friday, 'The Gull')).toBe(
      'inferred from ‘Friday’ in The Gull, resolved against the latest date it states, 3 Mar 2026',
    );
    expect(
      mentionBasis(
        { ...article, dateReference: null },
        { ...friday, span: null, basis: 'unresolved' },
        'The Gull',
      ),
    ).toBe('unresolved: ‘Friday’ in The Gull, which has no date to resolve it against');
    // An article's name with an unterminated override is isolated, so it cannot reverse the words after it.
    expect(mentionBasis(article, friday, 'The \u202eGull')).toBe(
      'inferred from ‘Friday’ in \u2068The \u202eGull\u202c\u2069, resolved against the latest date it states, 3 Mar 2026',
    );
  });

  it('falls back to words when an external date has no source or a mention is missing', () => {
    const external: EventDate = {
      span: { start: '2025-01-01', end: '2025-01-01' },
      precision: 'day',
      basis: 'external',
      approximate: false,
      mention: null,
      source: null,
    };
    expect(eventDateBasis([], [], external)).toBe('external: not named');
    expect(eventDateBasis([], [], { ...external, basis: 'stated', mention: { article: 9, date: 0 } })).toBe(
      'stated',
    );
  });
});

describe('agreement', () => {
  it('says whether an event’s datings agree', () => {
    expect(agreementWords(event('essay'))).toBe('All 4 datings agree');
    expect(agreementWords(event('lutnick-hearing'))).toBe('Both datings agree');
    expect(agreementWords(event('bofa-note'))).toBeNull();
    expect(agreementWords({ ...event('lutnick-hearing'), conflict: true })).toBe(
      'Sources disagree: 2 datings do not all overlap',
    );
  });
});

describe('articleLabels', () => {
  it('names articles by outlet, else by a short title, told apart by id when two share a name', () => {
    expect(labels).toEqual([
      'news.unisami.com',
      'news.starfolksoftware.com',
      'Maginative',
      'Firstpost',
      'PYMNTS',
    ]);
    expect(
      articleLabels([
        { id: 'a', outlet: 'Gull', title: 'x' },
        { id: 'b', outlet: 'Gull', title: 'y' },
        {
          id: 'c',
          outlet: null,
          title: 'Storm Isolde breaches Port Calder sea wall, floods more than 200 homes',
        },
      ]),
    ).toEqual(['Gull (a)', 'Gull (b)', 'Storm Isolde breaches Port Calder…']);
  });
});
