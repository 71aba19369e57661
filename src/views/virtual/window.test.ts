import { describe, expect, it } from 'vitest';
import { gaps, indexesToRender, renderedRows } from './window.ts';

describe('indexesToRender', () => {
  it('renders a short list whole, wherever it is scrolled', () => {
    expect(indexesToRender({ startIndex: 3, endIndex: 4, overscan: 1, count: 6 })).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
  });

  it('renders a long list from the overscan before the screen to the overscan after it', () => {
    expect(indexesToRender({ startIndex: 50, endIndex: 52, overscan: 2, count: 1000 })).toEqual([
      48, 49, 50, 51, 52, 53, 54,
    ]);
  });

  it('takes the threshold it is given', () => {
    expect(indexesToRender({ startIndex: 0, endIndex: 0, overscan: 0, count: 3 }, 2)).toEqual([0]);
  });
});

describe('gaps', () => {
  it('leaves room for the items above and below those rendered, counting from the list’s start', () => {
    const items = [
      { start: 1100, end: 1150 },
      { start: 1150, end: 1200 },
    ];
    expect(gaps(items, 5000, 1000)).toEqual({ before: 100, after: 4800 });
  });

  it('leaves no room when every item is rendered', () => {
    expect(gaps([{ start: 200, end: 260 }], 60, 200)).toEqual({ before: 0, after: 0 });
  });

  it('stands in for the whole list when nothing is rendered', () => {
    expect(gaps([], 300, 0)).toEqual({ before: 0, after: 300 });
  });
});

describe('renderedRows', () => {
  it('pairs each rendered item with its row, leaving out places past the end', () => {
    expect(renderedRows([{ index: 1 }, { index: 2 }, { index: 3 }], ['a', 'b', 'c'])).toEqual([
      { index: 1, row: 'b' },
      { index: 2, row: 'c' },
    ]);
  });
});
