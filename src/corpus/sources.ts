// Sources: read and check `sources.json`, the optional per-file outlet, URL, title and publication date.
import { parseLeadingDate } from './calendar.ts';
import {
  errorsIn,
  keyAt,
  lineAndColumn,
  parseJson,
  type CorpusError,
  type InputWarning,
} from './problems.ts';

export const SOURCES_FILE = 'sources.json';

export interface SourceEntry {
  outlet?: string;
  url?: string;
  title?: string;
  published?: string;
}

export interface Sources {
  entries: Map<string, SourceEntry>;
  errors: CorpusError[];
  warnings: InputWarning[];
}

const FIELDS = ['outlet', 'url', 'title', 'published'] as const;
type Field = (typeof FIELDS)[number];

function isField(key: string): key is Field {
  return (FIELDS as readonly string[]).includes(key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The line of an offset, worked out only for a problem to report: it scans the text from its start. */
const lineAt = (text: string, offset: number) => lineAndColumn(text, offset).line;

/** `http:` and `https:` URLs only: anything else (`javascript:`, `file:`, a bare word) is no link. */
export function safeUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Parses `sources.json` and checks each entry against the article files present. */
export function readSources(text: string, articleFiles: ReadonlySet<string>): Sources {
  const entries = new Map<string, SourceEntry>();
  const { errors, fail } = errorsIn(SOURCES_FILE);
  const warnings: InputWarning[] = [];

  const parsed = parseJson(text, SOURCES_FILE);
  if (!parsed.ok) {
    errors.push(parsed.error);
    return { entries, errors, warnings };
  }
  const json = parsed.value;
  if (!isRecord(json)) {
    fail(
      'bad-shape',
      1,
      'must be one JSON object keyed by article file name, like {"001_story.txt": {"outlet": "…", "url": "…"}}',
    );
    return { entries, errors, warnings };
  }

  // Entries are looked for from the one before, so reading the file stays linear in its length.
  let previous = 0;
  for (const [file, value] of Object.entries(json)) {
    const offset = keyAt(text, file, previous);
    previous = offset;
    const line = () => lineAt(text, offset);
    if (!articleFiles.has(file)) {
      fail(
        'unknown-article',
        line(),
        `names "${file}", which is not an article file in the folder: correct the file name, or remove the entry`,
      );
      continue;
    }
    if (!isRecord(value)) {
      fail(
        'bad-shape',
        line(),
        `the entry for "${file}" must be an object with any of: ${FIELDS.join(', ')}`,
      );
      continue;
    }
    const entry: SourceEntry = {};
    for (const [key, raw] of Object.entries(value)) {
      const at = () => lineAt(text, keyAt(text, key, offset));
      if (!isField(key)) {
        fail(
          'unknown-field',
          at(),
          `"${file}" has an unknown field "${key}": the fields are ${FIELDS.join(', ')}`,
        );
        continue;
      }
      if (typeof raw !== 'string') {
        fail('bad-shape', at(), `"${file}" field "${key}" must be a string`);
        continue;
      }
      const value = raw.trim();
      if (value === '') continue;
      if (key === 'url') {
        const url = safeUrl(value);
        if (url === null) {
          warnings.push({
            severity: 'warning',
            code: 'unsafe-url',
            file: SOURCES_FILE,
            line: at(),
            message: `"${file}" url ${JSON.stringify(value.slice(0, 80))} is not an http: or https: address, so it is not linked: use the page's web address`,
          });
        } else entry.url = url;
      } else if (key === 'published') {
        const date = parseLeadingDate(value);
        if (date?.iso == null || date.length !== value.length) {
          fail(
            'bad-date',
            at(),
            `"${file}" published ${JSON.stringify(value)} is not a date: write it as YYYY-MM-DD`,
          );
        } else entry.published = date.iso;
      } else entry[key] = value;
    }
    entries.set(file, entry);
  }
  return { entries, errors, warnings };
}
