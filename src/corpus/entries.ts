// Which entries of a corpus folder are read, for the two shells that list one: the Node folder reader
// (src/node/read-folder.ts) and the browser's import of a chosen or dropped folder (src/import/read-files.ts).

/** Why an entry that is a folder is not read. */
export const NOT_A_FILE =
  'is a folder, or a link to one, so it is not read: only the files directly in the corpus folder are, not those in folders inside it; move its articles up if they belong in the corpus';

/**
 * Why a hidden entry (its name starts with a dot) is left out: a warning for a hidden `.txt`, `null` for one passed
 * over in silence (`.git`, `.DS_Store`); `undefined` when the entry is not hidden. Hidden entries are never opened:
 * macOS litters copied folders with `._name.txt` twins that are not text.
 */
export function hiddenEntry(name: string): string | null | undefined {
  if (!name.startsWith('.')) return undefined;
  return /\.txt$/i.test(name)
    ? 'is hidden (its name starts with a dot), so it is not read: if it is an article, rename it without the leading dot'
    : null;
}
