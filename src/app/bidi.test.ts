import { describe, expect, it } from 'vitest';
import { balanceBidi, isolateText, withoutStrayClosers } from './bidi.ts';
import { documentTitle } from './useDocumentTitle.ts';

const RLO = '\u202e';
const PDF = '\u202c';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

describe('balanceBidi', () => {
  it.each([
    ['plain text', 'plain text'],
    [`${RLO}evil`, `${RLO}evil${PDF}`],
    [`a${RLI}b${RLO}c`, `a${RLI}b${RLO}c${PDF}${PDI}`],
    [`${PDI}${RLO}escape`, `${RLO}escape${PDF}`],
    [`stray${PDF}`, 'stray'],
    [`${RLI}x${PDI}y`, `${RLI}x${PDI}y`],
    [`${RLI}${RLO}x${PDI}y`, `${RLI}${RLO}x${PDI}y`],
  ])('%j → %j', (text, balanced) => expect(balanceBidi(text)).toBe(balanced));
});

describe('withoutStrayClosers', () => {
  it('drops the closers the text cannot match and keeps what it leaves open, for the <bdi> to end', () => {
    expect(withoutStrayClosers(`${PDI}${RLO}escape`)).toBe(`${RLO}escape`);
    expect(withoutStrayClosers(`${RLI}x${PDI}y${PDF}`)).toBe(`${RLI}x${PDI}y`);
    expect(withoutStrayClosers('plain')).toBe('plain');
  });
});

describe('isolateText', () => {
  it('leaves text that cannot reorder anything as it is', () => {
    expect(isolateText('Howard Lutnick, 29 Jan 2025')).toBe('Howard Lutnick, 29 Jan 2025');
  });

  it('isolates text with controls or right-to-left letters, its controls balanced', () => {
    expect(isolateText(`News ${RLO}Daily`)).toBe(`${FSI}News ${RLO}Daily${PDF}${PDI}`);
    expect(isolateText('שלום')).toBe(`${FSI}שלום${PDI}`);
    expect(isolateText(`${PDI}${RLO}x`)).toBe(`${FSI}${RLO}x${PDF}${PDI}`);
  });
});

describe('documentTitle', () => {
  it('keeps the app’s name in order after a title that holds an override', () => {
    expect(documentTitle(`Story ${RLO}reversed`)).toBe(`${FSI}Story ${RLO}reversed${PDF}${PDI} · Parallax`);
    expect(documentTitle('Articles')).toBe('Articles · Parallax');
    expect(documentTitle('')).toBe('Parallax');
  });
});
