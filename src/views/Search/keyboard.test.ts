import { describe, expect, it } from 'vitest';
import { stepFocus } from './keyboard.ts';

describe('stepFocus', () => {
  it('goes down from the box into the results, one by one, and stops at the last', () => {
    expect(stepFocus(-1, 3, 'ArrowDown')).toBe(0);
    expect(stepFocus(0, 3, 'ArrowDown')).toBe(1);
    expect(stepFocus(2, 3, 'ArrowDown')).toBeNull();
    expect(stepFocus(-1, 0, 'ArrowDown')).toBeNull();
  });

  it('goes up through the results back to the box, and leaves the box’s own ArrowUp alone', () => {
    expect(stepFocus(2, 3, 'ArrowUp')).toBe(1);
    expect(stepFocus(0, 3, 'ArrowUp')).toBe(-1);
    expect(stepFocus(-1, 3, 'ArrowUp')).toBeNull();
  });

  it('ignores other keys', () => {
    expect(stepFocus(0, 3, 'Enter')).toBeNull();
  });
});
