// Whether a value has been on screen: true from the task after the first frame that painted it. A view draws what
// is on screen with a change, and the rest once that has painted, so that the change shows a frame sooner.
import { useEffect, useState } from 'react';
import { afterPaint } from '../../app/afterPaint.ts';

export function usePainted<Value>(value: Value): boolean {
  const [painted, setPainted] = useState<{ value: Value } | null>(null);
  useEffect(
    () =>
      afterPaint(() => {
        setPainted({ value });
      }),
    [value],
  );
  return painted !== null && painted.value === value;
}
