/** Swatches offered when recolouring a tag: distinct on the paper background, readable as dots. */
export const TAG_COLOURS = [
  '#a4262c',
  '#d9822b',
  '#c9a227',
  '#2f8a4c',
  '#1f7a8c',
  '#3867d6',
  '#7b4fb3',
  '#6b665e',
] as const;
