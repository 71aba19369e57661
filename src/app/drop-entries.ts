// A drop's entries, to be taken while the drop event lasts: the browser empties the drop once its handler returns.
// The files themselves are read after (dropped.ts).

export function dropEntries(transfer: DataTransfer): FileSystemEntry[] {
  return [...transfer.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry ? [entry] : [];
  });
}
