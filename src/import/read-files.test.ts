import { describe, expect, it } from 'vitest';
import { readGivenFiles, withinFolder } from './read-files.ts';

const text = (path: string, content = 'A headline\nA sentence.') => ({ path, file: new Blob([content]) });

describe('withinFolder', () => {
  it('takes the folder a folder input gave, and each file’s path inside it', () => {
    expect(
      withinFolder([
        { name: 'a.txt', relativePath: 'news/a.txt' },
        { name: 'b.txt', relativePath: 'news/sub/b.txt' },
      ]),
    ).toEqual({ folder: 'news', paths: ['a.txt', 'sub/b.txt'] });
  });

  it('has no folder for files given one by one, or from two folders', () => {
    expect(withinFolder([{ name: 'a.txt', relativePath: '' }])).toEqual({ folder: '', paths: ['a.txt'] });
    expect(
      withinFolder([
        { name: 'a.txt', relativePath: 'one/a.txt' },
        { name: 'b.txt', relativePath: 'two/b.txt' },
      ]),
    ).toEqual({ folder: '', paths: ['a.txt', 'b.txt'] });
  });
});

describe('readGivenFiles', () => {
  it('reads the files directly in the folder, sorted by name, with their bytes', async () => {
    const read = await readGivenFiles([
      text('b.txt', 'Bee'),
      text('a.txt', 'Ay'),
      text('sources.json', '{}'),
    ]);
    expect(read.files.map((f) => f.name)).toEqual(['a.txt', 'b.txt', 'sources.json']);
    expect(new TextDecoder().decode(read.files[1]?.bytes)).toBe('Bee');
    expect(read.warnings).toEqual([]);
  });

  it('leaves out a folder inside, once, and a hidden .txt, each with the Node reader’s warning', async () => {
    const read = await readGivenFiles([
      text('sub/one.txt'),
      text('sub/two.txt'),
      text('.hidden.txt'),
      text('.DS_Store'),
      text('kept.txt'),
    ]);
    expect(read.files.map((f) => f.name)).toEqual(['kept.txt']);
    expect(read.warnings.map((w) => [w.file, w.code])).toEqual([
      ['.hidden.txt', 'ignored-file'],
      ['sub', 'ignored-file'],
    ]);
    expect(read.warnings[1]?.message).toContain('only the files directly in the corpus folder');
  });

  it('counts each file read, for the progress bar', async () => {
    const counts: number[] = [];
    await readGivenFiles([text('a.txt'), text('b.txt')], (done) => counts.push(done));
    expect(counts).toEqual([1, 2]);
  });
});
