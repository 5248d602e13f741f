/** The frame in progress is painted before the second frame begins, and shown before the third. */
const FRAMES = 3;

/**
 * Resolves once the browser has shown the frame in progress, so that work started then (fetching
 * and evaluating a lazy chunk) does not delay what is about to show. A hidden tab paints no frames:
 * the timer lets the work start there too.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 500);
    const next = (left: number) => {
      if (left === 0) {
        clearTimeout(timer);
        resolve();
      } else requestAnimationFrame(() => next(left - 1));
    };
    next(FRAMES);
  });
}
