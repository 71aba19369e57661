// Events: read and check `events.json`, the optional list of named events a corpus's timeline places.
import { RE2JS } from 're2js';
import { isoDay } from './dates.ts';
import { fold } from './fold.ts';
import { errorsIn, keyAt, lineAndColumn, parseJson, type CorpusError, type ErrorCode } from './problems.ts';
import type { DaySpan } from './types.ts';

export const EVENTS_FILE = 'events.json';

/** A named event as `events.json` gives it. */
export interface EventDefinition {
  id: string;
  name: string;
  /** Phrases (matched whole-word, ignoring case, accents, quote and dash styles) or `/regular expressions/`. */
  cues: string[];
  /** A date no article need state, with where it is known from. */
  external: { span: DaySpan; source: string } | null;
  /** The line of the event's entry, for messages. */
  line: number;
}

const EVENT_FIELDS = ['id', 'name', 'cues', 'date'];
const DATE_FIELDS = ['start', 'end', 'basis', 'source'];
const ID = /^[a-z0-9][a-z0-9-]*$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where a cue matched in a text: the match's first unit and its length. */
export interface CueMatch {
  index: number;
  length: number;
}

/** A cue ready to run: its non-empty matches in a folded text. */
export interface Cue {
  matches(text: string): Iterable<CueMatch>;
}

/** Each non-empty match of a pattern, as `CueMatch`es: an empty match marks no words, so it is no mention. */
function* nonEmpty(found: Iterable<RegExpMatchArray>): Generator<CueMatch> {
  for (const match of found) if (match[0] !== '') yield { index: match.index ?? 0, length: match[0].length };
}

/**
 * A `/…/` cue, run by RE2 (the `re2js` port) in time linear in the text: a pattern such as `/(a+)+$/` keeps a
 * backtracking engine busy for minutes on one sentence of `a`s. Most sentences hold no match, and RE2's yes-or-no
 * test (a DFA) rules them out several times faster than a search for where the matches are.
 */
const linear = (re2: RE2JS): Cue => ({
  matches: (text) => (re2.test(text) ? nonEmpty(re2.matchAll(text)) : []),
});

/** A phrase cue: our own pattern of escaped words, which cannot backtrack far. */
const native = (pattern: RegExp): Cue => ({ matches: (text) => nonEmpty(text.matchAll(pattern)) });

/** JavaScript syntax RE2 has no linear-time way to run: backreferences, lookahead and lookbehind. */
function nonLinearSyntax(source: string): string | null {
  // Escapes and character classes are tokens of their own, so `\(?=` or `[(?=]` is no lookahead.
  for (const [token] of source.matchAll(/\\.|\[(?:\\.|[^\\\]])*\]|\(\?<?[=!]|[^\\[(]+|./gsu)) {
    if (/^\\(?:[1-9]|k)/.test(token)) return `a backreference (\`${token}\`)`;
    if (token.startsWith('(?')) return `a ${token.includes('<') ? 'lookbehind' : 'lookahead'} (\`${token}\`)`;
  }
  return null;
}

/** A `/…/` cue's pattern run by RE2, or why it cannot be a cue. */
function linearCue(source: string): Cue | string {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message})`;
  }
  const refused = nonLinearSyntax(source);
  if (refused !== null)
    return (
      `uses ${refused}, which cues cannot: they run on RE2, an engine that takes time in proportion to the text ` +
      'and has no backreferences or lookaround; rewrite the pattern without it'
    );
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(RE2JS.translateRegExp(source), RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    return `cannot run on RE2, the linear-time engine cues run on (${(error as Error).message}): rewrite the pattern`;
  }
  if (re2.test(''))
    return 'matches the empty string, so every sentence would be a mention: make it need a character (`x+`, not `x*`)';
  return linear(re2);
}

/**
 * A cue as it runs over folded text (see `fold`): a phrase word by word, as a pattern of our own, or `/…/` as
 * written, run in linear time; a string says why the cue is refused.
 */
export function cuePattern(cue: string): Cue | string {
  const literal = /^\/(.+)\/$/s.exec(cue);
  if (literal) return linearCue(literal[1] ?? '');
  // Composed first, so that an accent typed as a mark of its own folds away as a composed one does.
  const words = fold(cue.normalize('NFC')).trim().split(/\s+/u);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return native(new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu'));
}

/** Parses `events.json`: `{ "events": [{ "id", "name", "cues": [...], "date"?: {...} }] }`, every problem an error. */
export function readEvents(text: string): { events: EventDefinition[]; errors: CorpusError[] } {
  const events: EventDefinition[] = [];
  const { errors, fail } = errorsIn(EVENTS_FILE);

  const parsed = parseJson(text, EVENTS_FILE);
  if (!parsed.ok) {
    errors.push(parsed.error);
    return { events, errors };
  }
  const json = parsed.value;
  const shape = 'must be {"events": [{"id": "…", "name": "…", "cues": ["…"]}]}';
  if (!isRecord(json) || !Array.isArray(json.events)) {
    fail('bad-shape', 1, shape);
    return { events, errors };
  }
  for (const key of Object.keys(json))
    if (key !== 'events')
      fail('unknown-field', lineOf(text, key, 0), `has an unknown field "${key}": ${shape}`);

  // Each entry's place in the file: the n-th `"id"` key, for pointing at it.
  let searchFrom = 0;
  const seen = new Set<string>();
  json.events.forEach((entry: unknown, index) => {
    const at = text.indexOf('"id"', searchFrom);
    const line = at === -1 ? 1 : lineAndColumn(text, at).line;
    if (at !== -1) searchFrom = at + 4;
    const label = `event ${index + 1}`;
    if (!isRecord(entry))
      return fail('bad-shape', line, `${label} must be an object with ${EVENT_FIELDS.join(', ')}`);
    for (const key of Object.keys(entry))
      if (!EVENT_FIELDS.includes(key))
        fail(
          'unknown-field',
          lineOf(text, key, at),
          `${label} has an unknown field "${key}": the fields are ${EVENT_FIELDS.join(', ')}`,
        );
    const { id, name, cues, date } = entry;
    if (typeof id !== 'string' || !ID.test(id))
      return fail(
        'bad-event-id',
        line,
        `${label} needs an "id" of lower-case letters, digits and dashes, like "essay-published"`,
      );
    if (seen.has(id))
      return fail('duplicate-event', line, `event "${id}" is listed twice: give each event its own id`);
    seen.add(id);
    if (typeof name !== 'string' || name.trim() === '')
      return fail('missing-field', line, `event "${id}" needs a "name"`);
    if (
      !Array.isArray(cues) ||
      cues.length === 0 ||
      cues.some((c) => typeof c !== 'string' || c.trim() === '')
    )
      return fail(
        'missing-field',
        line,
        `event "${id}" needs "cues": a list of phrases or /patterns/ that find its mentions`,
      );
    for (const cue of cues as string[]) {
      const pattern = cuePattern(cue);
      if (typeof pattern === 'string')
        fail('refused-cue', lineOf(text, cue, at), `event "${id}" cue ${JSON.stringify(cue)} ${pattern}`);
    }
    let external: EventDefinition['external'] = null;
    if (date !== undefined) {
      const dateLine = lineOf(text, 'date', at);
      external = readDate(date, (code, message) => fail(code, dateLine, `event "${id}" date ${message}`));
      if (external === null) return;
    }
    events.push({ id, name: name.trim(), cues: cues as string[], external, line });
  });
  return { events, errors };
}

/** `{ "start": "2025-01-27", "end"?: "…", "basis": "external", "source": "…" }`, or `null` after `fail`. */
function readDate(
  date: unknown,
  fail: (code: ErrorCode, message: string) => void,
): EventDefinition['external'] {
  const example = '{"start": "2025-01-27", "basis": "external", "source": "who reported it"}';
  if (!isRecord(date)) {
    fail('bad-shape', `must be an object like ${example}`);
    return null;
  }
  const unknown = Object.keys(date).filter((key) => !DATE_FIELDS.includes(key));
  if (unknown.length > 0) {
    fail('unknown-field', `has an unknown field "${unknown[0]}": the fields are ${DATE_FIELDS.join(', ')}`);
    return null;
  }
  const day = (value: unknown) => {
    if (typeof value !== 'string') return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  };
  const start = day(date.start);
  const end = date.end === undefined ? start : day(date.end);
  if (start === null || end === null) {
    fail(
      'bad-date',
      `${JSON.stringify(date.start === null || day(date.start) === null ? date.start : date.end)} is not a real day: write YYYY-MM-DD`,
    );
    return null;
  }
  if (end < start) {
    fail('bad-date', `ends (${end}) before it starts (${start})`);
    return null;
  }
  if (date.basis !== 'external') {
    fail('bad-date', `basis must be "external": a date the articles state or imply is found in them`);
    return null;
  }
  if (typeof date.source !== 'string' || date.source.trim() === '') {
    fail('missing-field', 'needs a "source": say where the date is known from');
    return null;
  }
  return { span: { start, end }, source: date.source.trim() };
}

/** The line of the first `"key"` at or after `from` (see `keyAt`). */
const lineOf = (text: string, key: string, from: number) => lineAndColumn(text, keyAt(text, key, from)).line;
