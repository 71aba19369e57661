// What the shell (src/App.tsx) gives each view that reads corpus parts: those parts, loaded, and the hash URL.
import type { CorpusPart } from '../corpus/client.ts';
import type { CorpusOf } from './corpus-parts.ts';
import type { HashLocationApi } from './useHashLocation.ts';

export interface ViewProps<P extends CorpusPart> {
  corpus: CorpusOf<P>;
  location: HashLocationApi;
}
