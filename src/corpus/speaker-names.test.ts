import { describe, expect, it } from 'vitest';
import { cleanName, fullName, fullNames } from './speaker-names.ts';

describe('cleanName', () => {
  it.each([
    ['Sen. Ann Lee', 'Ann Lee'],
    ['Transportation Secretary Pete Holm', 'Pete Holm'],
    ['President Ann Lee', 'Ann Lee'],
    ['Ann Lee D-Calif.', 'Ann Lee'],
    ['Ann Lee (R-Texas)', 'Ann Lee'],
    ['Orbitel CEO Dario Vance', 'Dario Vance'],
    ['Commissioner', null],
    ['Councillor Bram Osei', 'Bram Osei'],
    ['Officials', null],
    ['Analysts.', null],
    ['General Motors', 'General Motors'],
    ['Anthropic CEO Dario Amodei', 'Dario Amodei'],
    ['However Amodei', 'Amodei'],
    ['The Amodei.', 'Amodei'],
    ['J. R. Ortiz', 'J. R. Ortiz'],
    ["Anthropic's", null],
    ['U.S.', null],
    ['The', null],
    ['Sen. Ann Lee D-Calif.', 'Ann Lee'],
    ['Mr. Lee', 'Lee'],
    ['Senator', null],
  ])('%s → %s', (run, name) => {
    expect(cleanName(run)).toBe(name);
  });
});

describe('fullNames', () => {
  it('gives a surname the one full name ending with it, the shortest of its forms', () => {
    const full = fullNames(['Ann Lee', 'Transportation Ann Lee', 'Lee', 'Orbitel']);
    expect(fullName('Lee', full)).toBe('Ann Lee');
    expect(fullName('Orbitel', full)).toBe('Orbitel');
    expect(fullName('Ann Lee', full)).toBe('Ann Lee');
  });

  it('leaves a surname two people share as it is', () => {
    const full = fullNames(['Ann Lee', 'Bo Lee']);
    expect(fullName('Lee', full)).toBe('Lee');
  });
});
