// Camera animations last `ms`, or no time at all for a user who asks the system for
// reduced motion (prefers-reduced-motion): the camera then jumps.

export function motion(ms: number): number {
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 0 : ms;
}
