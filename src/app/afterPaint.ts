// Work that can wait until the frame being drawn has painted: a task queued from an animation frame callback runs
// after that frame. What the reader sees first paints sooner, and the rest follows a moment later.

/** Runs `work` in the task after the next frame paints; returns a function that cancels it if it has not run. */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
