import { describe, expect, it } from 'vitest';
import { listedOptions, type Option } from './listedOptions.ts';

const outlets: Option[] = Array.from({ length: 30 }, (_, i) => ({
  value: `o${String(i)}`,
  label: i === 17 ? 'Réuters' : `Outlet ${String(i)}`,
  note: i === 5 ? 'wire' : undefined,
}));

describe('listedOptions', () => {
  it('lists a short group whole', () => {
    const few = outlets.slice(0, 4);
    expect(listedOptions(few, [], 'nothing matches').options).toEqual(few);
  });

  it('lists the checked options and the first unchecked ones of a long group, saying how many match', () => {
    const { options, matching } = listedOptions(outlets, ['o25'], '', 3);
    expect(options.map((o) => o.value)).toEqual(['o25', 'o0', 'o1', 'o2']);
    expect(matching).toBe(30);
  });

  it('finds by label or note, folded as search folds, every word', () => {
    expect(listedOptions(outlets, [], 'reuters', 3).options.map((o) => o.value)).toEqual(['o17']);
    expect(listedOptions(outlets, [], 'WIRE', 3).options.map((o) => o.value)).toEqual(['o5']);
    expect(listedOptions(outlets, [], 'outlet 2', 3)).toMatchObject({ matching: 12 });
    expect(listedOptions(outlets, ['o3'], 'nothing', 3)).toEqual({ options: [outlets[3]], matching: 0 });
  });
});
