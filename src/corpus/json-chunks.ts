// JSON text in pieces: a corpus of 10,000 articles is more JSON than one JavaScript string may hold (V8 stops at
// 2^29 characters, about 512 MB), so it is written out piece by piece, never joined.

/**
 * `JSON.stringify(value)`, as consecutive pieces: arrays and plain objects down to `depth` levels are opened up,
 * each element or member its own piece (or pieces); below that, each value is one `JSON.stringify`. Joined, the
 * pieces are exactly `JSON.stringify(value)` for JSON data (no `toJSON`, no cycles).
 */
export function* jsonChunks(value: unknown, depth: number): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object') {
    yield leaf(value);
    return;
  }
  // One level above the leaves, an element (or member) and what goes before it are one piece, with no generator of
  // its own: at 1,000 news-like articles, two pieces and a generator for each of 224,000 aligned pairs were 0.3 s.
  const last = depth === 1;
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const comma = i > 0 ? ',' : '';
      if (last) yield comma + leaf(value[i]);
      else {
        if (comma) yield comma;
        yield* jsonChunks(value[i], depth - 1);
      }
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    // As JSON.stringify does, members whose value JSON cannot hold are left out.
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    const name = `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (last) yield name + leaf(member);
    else {
      yield name;
      yield* jsonChunks(member, depth - 1);
    }
  }
  yield '}';
}

/** A value written whole: as inside an array, undefined (and functions, symbols) become null. */
const leaf = (value: unknown): string => JSON.stringify(value) ?? 'null';

/**
 * How deep a corpus is opened up: its fields, and their elements (each article, each aligned pair) or members (the
 * search index's lists). Deeper, the pieces get small and many: at 1,000 news-like articles the JSON took 2.5 s to
 * write opened 4 levels deep, 0.6 s at 2 (one JSON.stringify of the whole: 0.25 s).
 */
export const CORPUS_DEPTH = 2;

/** The pieces gathered into buffers of about `size` characters: fewer, larger writes. */
export function* batched(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}
