// A passage's text with its matches in <mark>, as React text: article text is never parsed as HTML. Each piece has
// its direction controls balanced (bidi.ts), so none reaches past the passage.
import type { Segment } from './passage.ts';
import { balanceBidi } from '../../app/bidi.ts';

export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, i) =>
    segment.mark ? (
      <mark key={i} className="match">
        {balanceBidi(segment.text)}
      </mark>
    ) : (
      balanceBidi(segment.text)
    ),
  );
}
