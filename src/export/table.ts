// What an export writes: a table of named columns and rows of plain values, one shape for every view's table.

export interface Table {
  /** What the table holds (`articles`), which names its file. */
  name: string;
  fields: string[];
  /** One value per field; `null` where there is none, written as an empty cell. */
  rows: (string | number | null)[][];
}
