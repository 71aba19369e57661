import { describe, expect, it } from 'vitest';
import { acceptsText } from './shortcut.ts';

describe('acceptsText', () => {
  it('is true where a key types a character', () => {
    expect(acceptsText({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(acceptsText({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(acceptsText({ tagName: 'INPUT', type: '' })).toBe(true);
    expect(acceptsText({ tagName: 'TEXTAREA' })).toBe(true);
    expect(acceptsText({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is false on links, buttons, checkboxes and the page itself', () => {
    expect(acceptsText({ tagName: 'A' })).toBe(false);
    expect(acceptsText({ tagName: 'BUTTON' })).toBe(false);
    expect(acceptsText({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(acceptsText({ tagName: 'BODY', isContentEditable: false })).toBe(false);
    expect(acceptsText(null)).toBe(false);
  });
});
