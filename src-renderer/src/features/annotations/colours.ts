import type { ColourT } from '../../../../src-main/contract';

/** Order = keyboard keys 1–5. Values are translucent so overlapping highlights visibly mix. */
export const COLOURS: { name: ColourT; css: string }[] = [
  { name: 'yellow', css: 'rgb(250 204 21 / 0.45)' },
  { name: 'green', css: 'rgb(74 222 128 / 0.4)' },
  { name: 'blue', css: 'rgb(56 189 248 / 0.3)' },
  { name: 'pink', css: 'rgb(244 114 182 / 0.4)' },
  { name: 'purple', css: 'rgb(167 139 250 / 0.45)' },
];

export const cssOf = (c: ColourT): string => COLOURS.find((x) => x.name === c)?.css ?? 'transparent';
