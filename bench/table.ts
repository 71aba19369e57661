// Tables for the benchmarks' output: durations as read, and Markdown tables with padded columns.

/** Milliseconds as read: seconds from one second up, two decimals below ten milliseconds. */
export const ms = (t: number) =>
  t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(t < 10 ? 2 : 0)} ms`;

/** A Markdown table on standard output. */
export function print(header: string[], cells: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const c of cells) console.log(line(c));
}
