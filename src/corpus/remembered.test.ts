import { describe, expect, it } from 'vitest';
import { remembered } from './remembered.ts';

describe('remembered', () => {
  it('answers as the function does, asking it once per key, null answers included', () => {
    const asked: string[] = [];
    const lengthOrNull = remembered((key) => {
      asked.push(key);
      return key === '' ? null : key.length;
    });
    expect(['ab', '', 'ab', 'abc', ''].map(lengthOrNull)).toEqual([2, null, 2, 3, null]);
    expect(asked).toEqual(['ab', '', 'abc']);
  });
});
