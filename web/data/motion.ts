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

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** The part of sigma's Camera the moves below use. */
export interface MovableCamera {
  getState(): CameraState;
  validateState(state: Partial<CameraState>): Partial<CameraState>;
  setState(state: Partial<CameraState>): unknown;
  animate(state: Partial<CameraState>, options: { duration: number }): unknown;
}

/**
 * Move the camera over `ms` (see `motion`). sigma 3.0.3's `Camera.animate` divides the time
 * gone by the duration, so 0 ms draws one frame with a NaN camera (an empty map): a move of
 * no duration sets the state instead.
 */
export function moveCamera(camera: MovableCamera, target: Partial<CameraState>, ms: number): void {
  const duration = motion(ms);
  if (duration > 0) void camera.animate(target, { duration });
  else camera.setState(camera.validateState(target));
}

/** Zoom in by `factor` (below 1: out), as sigma's animatedZoom and animatedUnzoom do. */
export function zoomCamera(camera: MovableCamera, factor: number, ms: number): void {
  moveCamera(camera, { ratio: camera.getState().ratio / factor }, ms);
}

/** Back to the whole graph, as sigma's animatedReset does. */
export function resetCamera(camera: MovableCamera, ms: number): void {
  moveCamera(camera, { x: 0.5, y: 0.5, ratio: 1, angle: 0 }, ms);
}
