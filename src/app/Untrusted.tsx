// Text from the corpus, isolated so that whatever direction controls it holds cannot reorder the app's text
// around it (see bidi.ts).
import type { ReactNode } from 'react';
import { withoutStrayClosers } from './bidi.ts';

/**
 * `<bdi>`: its own direction, taken from its first strong letter, and an isolate that ends whatever its text leaves
 * open. A string child loses its stray closers (a PDI would end the isolate early); marked-up children bring their
 * text balanced (`balanceBidi`).
 */
export function Untrusted({ children }: { children: ReactNode }) {
  return <bdi>{typeof children === 'string' ? withoutStrayClosers(children) : children}</bdi>;
}
