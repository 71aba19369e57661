// What a drop holds, taken while the drop event lasts: the browser empties the drop once its handler returns. The
// files themselves are read after (dropped.ts).

export interface DropTaken {
  /** The entries of the drop, folders among them, where the browser gives them. */
  entries: FileSystemEntry[];
  /** Its files, for a drop that gives no entries (one made by a script). */
  files: File[];
}

export function takeDrop(transfer: DataTransfer): DropTaken {
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry ? [entry] : [];
  });
  return { entries, files: [...transfer.files] };
}
