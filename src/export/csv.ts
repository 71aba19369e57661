// A table as CSV text, written by papaparse: its quoting, not ours.
import { unparse } from 'papaparse';
import type { Table } from './table.ts';

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-2+3`, `@SUM(…)`, or one opening with a tab
 * or carriage return): article text is untrusted, so such a cell gets a leading `'`, which shows it as text. Our own
 * pattern rather than papaparse's `true`, whose `/^[=+\-@\t\r].*$/` lets through a cell with a line break in it.
 * Numbers are never escaped: `-3` is a number, not a formula.
 */
const FORMULA = /^[=+\-@\t\r]/;

/** Excel reads a CSV file as the computer's legacy code page unless it opens with a byte-order mark. */
const BOM = '\ufeff';

/** The table as CSV: a header row, then a row per row, CRLF line ends (RFC 4180), a byte-order mark first. */
export function toCsv(table: Table): string {
  return BOM + unparse({ fields: table.fields, data: table.rows }, { escapeFormulae: FORMULA });
}
