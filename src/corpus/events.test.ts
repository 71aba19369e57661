import { describe, expect, it } from 'vitest';
import { cuePattern, readEvents } from './events.ts';
import { fold } from './fold.ts';

const file = (events: unknown) => JSON.stringify({ events }, null, 2);

describe('readEvents', () => {
  it('reads events with cues and an external date', () => {
    const { events, errors } = readEvents(
      file([
        { id: 'vote', name: ' The vote ', cues: ['voted'] },
        {
          id: 'storm',
          name: 'The storm',
          cues: ['/storm\\w*/'],
          date: { start: '2025-01-27', end: '2025-01-28', basis: 'external', source: 'the met office' },
        },
      ]),
    );
    expect(errors).toEqual([]);
    expect(events.map((e) => [e.id, e.name, e.cues, e.external, e.line])).toEqual([
      ['vote', 'The vote', ['voted'], null, 4],
      [
        'storm',
        'The storm',
        ['/storm\\w*/'],
        { span: { start: '2025-01-27', end: '2025-01-28' }, source: 'the met office' },
        11,
      ],
    ]);
  });

  it.each([
    [[{ id: 'Vote!', name: 'x', cues: ['a'] }], 'bad-event-id', 'needs an "id" of lower-case letters'],
    [
      [
        { id: 'a', name: 'x', cues: ['a'] },
        { id: 'a', name: 'y', cues: ['b'] },
      ],
      'duplicate-event',
      'event "a" is listed twice',
    ],
    [[{ id: 'a', name: '', cues: ['a'] }], 'missing-field', 'event "a" needs a "name"'],
    [[{ id: 'a', name: 'x', cues: [] }], 'missing-field', 'event "a" needs "cues"'],
    [
      [{ id: 'a', name: 'x', cues: ['/(unclosed/'] }],
      'refused-cue',
      'cue "/(unclosed/" is not a valid regular expression',
    ],
    [
      [{ id: 'a', name: 'x', cues: ['/(vote)d \\1/'] }],
      'refused-cue',
      'cue "/(vote)d \\\\1/" uses a backreference (`\\1`)',
    ],
    [
      [{ id: 'a', name: 'x', cues: ['/vote(?=d)/'] }],
      'refused-cue',
      'cue "/vote(?=d)/" uses a lookahead (`(?=`)',
    ],
    [[{ id: 'a', name: 'x', cues: ['/(?<!not )voted/'] }], 'refused-cue', 'uses a lookbehind (`(?<!`)'],
    [
      [{ id: 'a', name: 'x', cues: ['/x*/'] }],
      'refused-cue',
      'cue "/x*/" matches the empty string, so every sentence would be a mention',
    ],
    [
      [{ id: 'a', name: 'x', cues: ['/a{2000}/'] }],
      'refused-cue',
      'cannot run on RE2, the linear-time engine cues run on',
    ],
    [
      [{ id: 'a', name: 'x', cues: ['a'], when: 'soon' }],
      'unknown-field',
      'event 1 has an unknown field "when"',
    ],
    [
      [{ id: 'a', name: 'x', cues: ['a'], date: { start: '2025-13-01', basis: 'external', source: 's' } }],
      'bad-date',
      '"2025-13-01" is not a real day',
    ],
    [
      [
        {
          id: 'a',
          name: 'x',
          cues: ['a'],
          date: { start: '2025-01-02', end: '2025-01-01', basis: 'external', source: 's' },
        },
      ],
      'bad-date',
      'ends (2025-01-01) before it starts',
    ],
    [
      [{ id: 'a', name: 'x', cues: ['a'], date: { start: '2025-01-02', basis: 'stated', source: 's' } }],
      'bad-date',
      'basis must be "external"',
    ],
    [
      [{ id: 'a', name: 'x', cues: ['a'], date: { start: '2025-01-02', basis: 'external' } }],
      'missing-field',
      'needs a "source"',
    ],
  ])('rejects %j', (events, code, message) => {
    const { errors } = readEvents(file(events));
    expect(errors).toContainEqual(
      expect.objectContaining({ code, message: expect.stringContaining(message) }),
    );
    expect(errors.every((e) => e.file === 'events.json' && (e.line ?? 0) >= 1)).toBe(true);
  });

  it('rejects a file that is not the right shape', () => {
    expect(readEvents('[]').errors[0]).toMatchObject({
      code: 'bad-shape',
      message: expect.stringContaining('must be {"events"'),
    });
    expect(readEvents('{"events": [], "extra": 1}').errors[0]).toMatchObject({
      code: 'unknown-field',
      message: expect.stringContaining('unknown field "extra"'),
    });
  });
});

describe('cuePattern', () => {
  const matches = (cue: string, text: string) => {
    const pattern = cuePattern(cue);
    if (typeof pattern === 'string') throw new Error(pattern);
    return [...pattern.matches(fold(text))].map((m) => text.slice(m.index, m.index + m.length));
  };

  it('matches a phrase as whole words, ignoring case, accents, line breaks and quote styles', () => {
    expect(matches('Senate hearing', 'At a SENATE\nhearing Wednesday')).toEqual(['SENATE\nhearing']);
    expect(matches('essay', 'his essays and an essay')).toEqual(['essay']);
    expect(matches("Nvidia's stock", 'drove down Nvidia’s stock')).toEqual(['Nvidia’s stock']);
    expect(matches('cafe', 'at the Café')).toEqual(['Café']);
  });

  it('folds the cue as the text is folded: accents (composed or not), quotes and dashes', () => {
    expect(matches('Café', 'at the cafe')).toEqual(['cafe']);
    expect(matches('Cafe\u0301', 'at the Café')).toEqual(['Café']);
    expect(matches('Nvidia’s stock', "Nvidia's stock")).toEqual(["Nvidia's stock"]);
    expect(matches('cease‑fire', 'a cease-fire')).toEqual(['cease-fire']);
  });

  it('runs a /pattern/ over the folded text', () => {
    expect(matches('/v-?3, a model released/', 'DeepSeek V-3, a model released about a month ago')).toEqual([
      'V-3, a model released',
    ]);
  });

  it('runs a /pattern/ in linear time, where backtracking would take minutes', () => {
    const started = performance.now();
    expect(matches('/(a+)+$/', `${'a'.repeat(5_000)}!`)).toEqual([]);
    expect(matches('/(x+x+)+y/', 'x'.repeat(5_000))).toEqual([]);
    // About 20 ms on a quiet machine; the limit leaves room for a busy one, and is far below a backtracking run.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('takes escapes and character classes for what they are, not for lookaround', () => {
    expect(matches('/\\(?=x/', 'a =x and (=x')).toEqual(['=x', '(=x']);
    expect(matches('/[(?=]+x/', 'a (?=x')).toEqual(['(?=x']);
  });

  it('counts no empty match as a mention', () => {
    expect(matches('/\\bvot\\w*/', 'they voted')).toEqual(['voted']);
    expect(matches('/\\b(?:vote)?/', 'they voted')).toEqual(['vote']);
  });
});
