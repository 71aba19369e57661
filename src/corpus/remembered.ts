// Remembering a pure function's answers, for the pipeline's helpers asked the same thing over and over.

/** `answer`, remembering what it gave for each key (its answers are never `undefined`). */
export function remembered<T>(answer: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = answer(key);
      known.set(key, value);
    }
    return value;
  };
}
