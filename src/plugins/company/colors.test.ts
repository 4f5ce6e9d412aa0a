import {describe, expect, it} from 'vitest';
import {colorScale, colorsCss} from './colors';

describe('company colours', () => {
  it('gives the shades of our own green that src/css/custom.css has, within one step of rounding', () => {
    const ours = {'--ifm-color-primary-dark': '#2a5448', '--ifm-color-primary-darkest': '#214138', '--ifm-color-primary-lightest': '#3d7968'};
    const scale = colorScale('#2f5d50');
    for (const [name, expected] of Object.entries(ours)) {
      const [a, b] = [scale[name]!, expected].map((hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)));
      a!.forEach((value, index) => expect(Math.abs(value - b![index]!)).toBeLessThanOrEqual(2));
    }
  });

  it('sets both modes', () => {
    const css = colorsCss({light: '#6a1b9a', dark: '#ce93d8'});
    expect(css).toContain(':root {\n  --ifm-color-primary: #6a1b9a;');
    expect(css).toContain("[data-theme='dark'] {\n  --ifm-color-primary: #ce93d8;");
  });
});
