// A passage's text with its matches in <mark>, as React text: article text is never parsed as HTML.
import type { Segment } from './passage.ts';

export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, i) =>
    segment.mark ? (
      <mark key={i} className="match">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
