import { describe, expect, it } from 'vitest';
import { figuresAgree, figuresOf, type Figure } from './figures.ts';
import { FIGURE_TOLERANCE } from './similarity.ts';

const only = (text: string): Figure => {
  const figures = figuresOf(text);
  expect(figures).toHaveLength(1);
  return figures[0] as Figure;
};
const agree = (a: string, b: string) => figuresAgree(only(a), only(b), FIGURE_TOLERANCE);

describe('figuresOf', () => {
  it('reads money, percentages and counts, normalised as the page shows them', () => {
    expect(only('Shares fell 17 percent.')).toMatchObject({
      kind: 'percent',
      unit: '%',
      low: 17,
      value: '17%',
    });
    expect(only('Shares fell 17 per cent.').value).toBe('17%');
    expect(only('It lost $465bn on Monday.')).toMatchObject({ kind: 'amount', unit: '$', low: 465e9 });
    expect(only('It lost $465bn on Monday.').value).toBe('$465 billion');
    expect(only('It lost $465 bn on Monday.').value).toBe('$465 billion');
    expect(only('It cost $5.58M to train.').value).toBe('$5.58 million');
    expect(only('It took two months to build.')).toMatchObject({ kind: 'number', unit: 'month', low: 2 });
    expect(only('The bill came to €1.2 trillion.').low).toBeCloseTo(1.2e12);
  });

  it('gives the range of the figure in the text, hedge included', () => {
    const text = 'Nvidia lost about $465 billion in value.';
    const f = only(text);
    expect(text.slice(f.start, f.end)).toBe('about $465 billion');
    expect(f.hedged).toBe(true);
    expect(f.value).toBe('about $465 billion');
  });

  it('counts the noun after a name, not the name', () => {
    expect(only('It hit 8.5 million Windows devices.')).toMatchObject({
      unit: 'devic',
      value: '8.5 million devices',
    });
  });

  it('leaves out clock times, ranks, bare years, figures with no noun and ranges it is told to skip', () => {
    expect(figuresOf('The alert went out at 0530 GMT and again at 05:30 GMT.')).toEqual([]);
    expect(figuresOf('It was the No. 1 app, founded in 2023.')).toEqual([]);
    expect(figuresOf('Delta delayed 356, according to FlightAware.')).toEqual([]);
    const text = 'It was trained 9-12 months ago for $6 million.';
    const start = text.indexOf('9-12');
    const figures = figuresOf(text, [{ start, end: start + '9-12 months ago'.length }]);
    expect(figures.map((f) => f.value)).toEqual(['$6 million']);
  });

  it('marks sums, so a combined figure is not one thing’s', () => {
    expect(only('Both lost a combined $800 billion.').sum).toBe(true);
    expect(only('Nvidia lost $589 billion.').sum).toBe(false);
  });

  it('anchors a figure in the words around it, with its direction', () => {
    const f = only('Nvidia shares tumbled 13 per cent after the opening bell.');
    expect(f.anchors).toEqual(expect.arrayContaining(['nvidia', 'share', '-', 'open', 'bell']));
    expect(only('Sales rose 4 percent.').anchors).toContain('+');
  });
});

describe('figuresAgree', () => {
  it('takes rounding into account, to the looser figure’s last significant digit', () => {
    expect(agree('It lost $589bn.', 'It lost $588.8 billion.')).toBe(true);
    expect(agree('It cost $6 million.', 'It cost $5.6 million.')).toBe(true);
    expect(agree('It lost close to $600 billion.', 'It lost $589 billion.')).toBe(true);
    expect(agree('Shares fell 17 percent.', 'Shares fell 17%.')).toBe(true);
    expect(agree('It affected less than one percent.', 'It affected less than 1%.')).toBe(true);
  });

  it('tells different figures apart', () => {
    expect(agree('It lost $465 billion.', 'It lost $589 billion.')).toBe(false);
    expect(agree('Shares fell 17%.', 'Shares fell 18%.')).toBe(false);
    expect(agree('It lost about $465 billion.', 'It lost close to $600 billion.')).toBe(false);
  });

  it('lets a hedged figure agree with one within the tolerance, and ranges that overlap', () => {
    expect(agree('It fell as much as 18%.', 'It fell 17%.')).toBe(true);
    expect(agree('It took 7-10 months.', 'It took between seven and 10 months.')).toBe(true);
    expect(agree('It took 7-10 months.', 'It took 12 months.')).toBe(false);
  });
});
