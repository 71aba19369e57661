// What the download buttons load on their first click, as one module: papaparse and the rest of the writing stay out
// of the page's first load, whose code is held to a budget.
import type { ArticleSummary } from '../corpus/client.ts';
import { toCsv } from './csv.ts';
import { downloadFile } from './download.ts';
import { sourcesJson } from './sources-json.ts';
import type { Table } from './table.ts';

export function saveCsv(table: Table): void {
  downloadFile(`parallax-${table.name}.csv`, toCsv(table), 'text/csv;charset=utf-8');
}

export function saveSourcesJson(articles: readonly ArticleSummary[]): void {
  downloadFile('sources.json', sourcesJson(articles), 'application/json');
}
