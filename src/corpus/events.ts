// Events: read and check `events.json`, the optional list of named events a corpus's timeline places.
import { isoDay } from './calendar.ts';
import { lineAndColumn, parseJson, type CorpusError } from './problems.ts';
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

/** A cue as a regular expression over folded text (see `fold`): `/…/` as written, a phrase word by word. */
export function cuePattern(cue: string): RegExp | string {
  const literal = /^\/(.+)\/$/s.exec(cue);
  if (literal) {
    try {
      return new RegExp(literal[1] ?? '', 'giu');
    } catch (error) {
      return `is not a valid regular expression (${(error as Error).message})`;
    }
  }
  const words = cue.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/u);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "'"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Parses `events.json`: `{ "events": [{ "id", "name", "cues": [...], "date"?: {...} }] }`, every problem an error. */
export function readEvents(text: string): { events: EventDefinition[]; errors: CorpusError[] } {
  const events: EventDefinition[] = [];
  const errors: CorpusError[] = [];
  const fail = (line: number, message: string, column?: number) =>
    errors.push({ file: EVENTS_FILE, line, ...(column === undefined ? {} : { column }), message });

  const parsed = parseJson(text, EVENTS_FILE);
  if (!parsed.ok) {
    errors.push(parsed.error);
    return { events, errors };
  }
  const json = parsed.value;
  const shape = 'must be {"events": [{"id": "…", "name": "…", "cues": ["…"]}]}';
  if (!isRecord(json) || !Array.isArray(json.events)) {
    fail(1, shape);
    return { events, errors };
  }
  for (const key of Object.keys(json))
    if (key !== 'events') fail(lineOf(text, key, 0), `has an unknown field "${key}": ${shape}`);

  // Each entry's place in the file: the n-th `"id"` key, for pointing at it.
  let searchFrom = 0;
  const seen = new Set<string>();
  json.events.forEach((entry: unknown, index) => {
    const at = text.indexOf('"id"', searchFrom);
    const line = at === -1 ? 1 : lineAndColumn(text, at).line;
    if (at !== -1) searchFrom = at + 4;
    const label = `event ${index + 1}`;
    if (!isRecord(entry)) return fail(line, `${label} must be an object with ${EVENT_FIELDS.join(', ')}`);
    for (const key of Object.keys(entry))
      if (!EVENT_FIELDS.includes(key))
        fail(
          lineOf(text, key, at),
          `${label} has an unknown field "${key}": the fields are ${EVENT_FIELDS.join(', ')}`,
        );
    const { id, name, cues, date } = entry;
    if (typeof id !== 'string' || !ID.test(id))
      return fail(
        line,
        `${label} needs an "id" of lower-case letters, digits and dashes, like "essay-published"`,
      );
    if (seen.has(id)) return fail(line, `event "${id}" is listed twice: give each event its own id`);
    seen.add(id);
    if (typeof name !== 'string' || name.trim() === '') return fail(line, `event "${id}" needs a "name"`);
    if (
      !Array.isArray(cues) ||
      cues.length === 0 ||
      cues.some((c) => typeof c !== 'string' || c.trim() === '')
    )
      return fail(line, `event "${id}" needs "cues": a list of phrases or /patterns/ that find its mentions`);
    for (const cue of cues as string[]) {
      const pattern = cuePattern(cue);
      if (typeof pattern === 'string')
        fail(lineOf(text, cue, at), `event "${id}" cue ${JSON.stringify(cue)} ${pattern}`);
    }
    let external: EventDefinition['external'] = null;
    if (date !== undefined) {
      const dateLine = lineOf(text, 'date', at);
      external = readDate(date, (message) => fail(dateLine, `event "${id}" date ${message}`));
      if (external === null) return;
    }
    events.push({ id, name: name.trim(), cues: cues as string[], external, line });
  });
  return { events, errors };
}

/** `{ "start": "2025-01-27", "end"?: "…", "basis": "external", "source": "…" }`, or `null` after `fail`. */
function readDate(date: unknown, fail: (message: string) => void): EventDefinition['external'] {
  const example = '{"start": "2025-01-27", "basis": "external", "source": "who reported it"}';
  if (!isRecord(date)) {
    fail(`must be an object like ${example}`);
    return null;
  }
  const unknown = Object.keys(date).filter((key) => !DATE_FIELDS.includes(key));
  if (unknown.length > 0) {
    fail(`has an unknown field "${unknown[0]}": the fields are ${DATE_FIELDS.join(', ')}`);
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
      `${JSON.stringify(date.start === null || day(date.start) === null ? date.start : date.end)} is not a real day: write YYYY-MM-DD`,
    );
    return null;
  }
  if (end < start) {
    fail(`ends (${end}) before it starts (${start})`);
    return null;
  }
  if (date.basis !== 'external') {
    fail(`basis must be "external": a date the articles state or imply is found in them`);
    return null;
  }
  if (typeof date.source !== 'string' || date.source.trim() === '') {
    fail('needs a "source": say where the date is known from');
    return null;
  }
  return { span: { start, end }, source: date.source.trim() };
}

/** The line of the first `"key"` at or after `from`. */
function lineOf(text: string, key: string, from: number): number {
  const at = text.indexOf(JSON.stringify(key), Math.max(0, from));
  return at === -1 ? 1 : lineAndColumn(text, at).line;
}
