/**
 * The Infima colour scale for a company's main colour, in light and dark mode: the shades Docusaurus's own colour
 * generator gives (each a fixed step lighter or darker in HSL lightness), as CSS variables.
 */
import type {HexColor} from '../../config/company-schema';

type Hsl = [number, number, number];

function toHsl(hex: string): Hsl {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  if (max === min) return [0, 0, lightness];
  const delta = max - min;
  const saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
  const hue = max === r ? (g - b) / delta + (g < b ? 6 : 0) : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return [hue * 60, saturation, lightness];
}

function toHex([hue, saturation, lightness]: Hsl): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const part = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${part(0)}${part(8)}${part(4)}`;
}

/** Lightness changes for each shade, as Docusaurus's generator uses them. */
const shades = {dark: -0.1, darker: -0.15, darkest: -0.3, light: 0.1, lighter: 0.15, lightest: 0.3} as const;

export function colorScale(primary: HexColor): Record<string, string> {
  const [hue, saturation, lightness] = toHsl(primary);
  const scale: Record<string, string> = {'--ifm-color-primary': primary.toLowerCase()};
  for (const [name, step] of Object.entries(shades)) {
    scale[`--ifm-color-primary-${name}`] = toHex([hue, saturation, Math.min(1, Math.max(0, lightness * (1 + step)))]);
  }
  return scale;
}

/** The stylesheet that replaces our colours with the company's in both modes. */
export function colorsCss(colors: {light: HexColor; dark: HexColor}): string {
  const block = (selector: string, color: HexColor) =>
    `${selector} {\n${Object.entries(colorScale(color))
      .map(([name, value]) => `  ${name}: ${value};`)
      .join('\n')}\n}\n`;
  return `/* Written by src/plugins/company from company/company.ts. */\n${block(':root', colors.light)}${block("[data-theme='dark']", colors.dark)}`;
}
