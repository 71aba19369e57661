import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../node/build-corpus.ts';
import { CORPUS_PARTS, corpusShell, joinBlocks, readBlock } from '../corpus/parts.ts';
import { searchData, searchDataJson } from '../search/search-data.ts';
import { packCorpus } from './pack.ts';

describe('packCorpus', () => {
  const built = buildCorpus('seeds');
  if (!built.ok) throw new Error('the seeds do not build');
  const { corpus } = built;
  const packed = packCorpus(corpus);

  it('packs every part in blocks the page reads back to the part the pipeline made', () => {
    for (const part of CORPUS_PARTS) {
      const blocks = packed.blocks[part];
      expect(packed.blockCounts[part]).toBe(blocks.length);
      const read = blocks.map((block) => readBlock(part, JSON.parse(block) as never));
      expect(joinBlocks(part, read)).toEqual(corpus[part]);
    }
  });

  it('packs the shell and the search data as the build writes them, and the whole corpus as its JSON', async () => {
    expect(JSON.parse(packed.shell)).toEqual(corpusShell(corpus));
    expect(JSON.parse(packed.search)).toEqual(searchDataJson(searchData(corpus)));
    expect(packed.searchedInPage).toBe(true);
    expect(await packed.corpusJson.text()).toBe(JSON.stringify(corpus));
  });
});
