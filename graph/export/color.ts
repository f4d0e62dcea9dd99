// CSS colour strings to RGB(A) channels for exporters (GEXF viz:color, GraphML).
// Pure parsing; an unreadable colour becomes the neutral grey, never an empty value.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** Alpha in [0, 1]; absent when opaque. */
  a?: number;
}

/** The grey used for nodes and edges whose colour cannot be read. */
export const FALLBACK_COLOR: Rgba = { r: 153, g: 153, b: 153 };

/** CSS named colours we accept (the 16 basic ones and the few our appearance table could use). */
const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  silver: '#c0c0c0',
  gray: '#808080',
  grey: '#808080',
  white: '#ffffff',
  maroon: '#800000',
  red: '#ff0000',
  purple: '#800080',
  fuchsia: '#ff00ff',
  green: '#008000',
  lime: '#00ff00',
  olive: '#808000',
  yellow: '#ffff00',
  navy: '#000080',
  blue: '#0000ff',
  teal: '#008080',
  aqua: '#00ffff',
  orange: '#ffa500',
  pink: '#ffc0cb',
  brown: '#a52a2a',
  lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3',
  darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9',
};

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(\d*\.?\d+)\s*)?\)$/i;

function clampChannel(n: number): number {
  return Math.max(0, Math.min(255, Math.round(n)));
}

function clampAlpha(n: number): number {
  return Math.max(0, Math.min(1, n));
}

function fromHex(hex: string): Rgba {
  const digits = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
  const channel = (i: number) => parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  const rgba: Rgba = { r: channel(0), g: channel(1), b: channel(2) };
  if (digits.length === 8) rgba.a = Math.round((channel(3) / 255) * 1000) / 1000;
  return rgba;
}

/** Parse `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb()`, `rgba()` or a named colour; undefined if unreadable. */
export function parseColor(css: string | undefined): Rgba | undefined {
  if (!css) return undefined;
  const value = css.trim().toLowerCase();
  const named = NAMED_COLORS[value];
  if (named) return fromHex(named.slice(1));
  const hex = HEX.exec(value);
  if (hex?.[1]) return fromHex(hex[1]);
  const rgb = RGB.exec(value);
  if (rgb) {
    const rgba: Rgba = { r: clampChannel(Number(rgb[1])), g: clampChannel(Number(rgb[2])), b: clampChannel(Number(rgb[3])) };
    if (rgb[4] !== undefined) rgba.a = clampAlpha(Number(rgb[4]));
    return rgba;
  }
  return undefined;
}

/** `rgb(r,g,b)` or `rgba(r,g,b,a)`: the form graphology-gexf writes as separate r, g, b attributes. */
export function toRgbString(color: Rgba): string {
  return color.a === undefined || color.a === 1 ? `rgb(${color.r},${color.g},${color.b})` : `rgba(${color.r},${color.g},${color.b},${color.a})`;
}

/** `#rrggbb` (alpha dropped). */
export function toHex(color: Rgba): string {
  return `#${[color.r, color.g, color.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
