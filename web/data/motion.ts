// Camera animations last `ms`, or no time at all: for a user who asks the system for reduced
// motion (prefers-reduced-motion), and where WebGL is drawn in software (SwiftShader,
// llvmpipe: no GPU, as in headless Chromium or many VMs). There a frame of the map costs
// 100 to 300 ms, so a 450 ms glide is three stutters that also hold up the next click; the
// camera jumps instead.

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software/i;

/** The name of the WebGL renderer, from a throwaway context; '' when it is not told. */
function rendererName(): string {
  if (typeof document === 'undefined') return '';
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return '';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

let software: boolean | undefined;

/** True when WebGL runs in software (asked once). */
export function softwareWebGL(): boolean {
  software ??= SOFTWARE_RENDERERS.test(rendererName());
  return software;
}

export function motion(ms: number): number {
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce || softwareWebGL() ? 0 : ms;
}
