// Hook: a value that follows another one frame late, once the browser has painted the frame
// in which it changed, and not at all while `hold` is set. The map takes its selection and
// camera moves through it: a sigma frame costs a whole frame of GPU time (hundreds of ms
// under software GL), and the details panel or the family view should not wait for it.
// While the family view covers the map, the map is not redrawn for every box clicked.

import { useEffect, useState } from 'react';

export function useAfterPaint<T>(value: T, hold = false): T {
  const [late, setLate] = useState(value);
  useEffect(() => {
    if (hold || Object.is(value, late)) return;
    let timer: number | undefined;
    // requestAnimationFrame runs just before the frame is painted; the timeout after it.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setLate(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, late, hold]);
  return late;
}
