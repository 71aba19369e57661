import { describe, expect, it } from 'vitest';
import { markOf, reached, type Place } from './place.ts';

describe('markOf', () => {
  it('finds an element by its id first, then a link by its address and rank', () => {
    expect(markOf({ id: 'hit-3', href: '#/article/000' }, () => 2)).toEqual({ id: 'hit-3' });
    expect(markOf({ id: '', href: '#/article/000?p=4' }, () => 2)).toEqual({
      href: '#/article/000?p=4',
      nth: 2,
    });
    expect(markOf({ id: '', href: null }, () => 0)).toBeNull();
  });
});

describe('reached', () => {
  const place: Place = { scrollY: 1200, boxes: { 'compare-a': 700, 'compare-b': 900 }, focus: null };
  const at = (scrollY: number, boxes: Record<string, number>) => ({
    scrollY,
    box: (name: string) => boxes[name],
  });

  it('is reached when the window and every named box are where they were', () => {
    expect(reached(place, at(1200, { 'compare-a': 700, 'compare-b': 900 }))).toBe(true);
    expect(reached(place, at(1200.5, { 'compare-a': 699.5, 'compare-b': 900 }))).toBe(true);
  });

  it('is not reached while the page is too short to scroll that far, or a box is short or not drawn yet', () => {
    expect(reached(place, at(640, { 'compare-a': 700, 'compare-b': 900 }))).toBe(false);
    expect(reached(place, at(1200, { 'compare-a': 700, 'compare-b': 310 }))).toBe(false);
    expect(reached(place, at(1200, { 'compare-a': 700 }))).toBe(false);
  });
});
