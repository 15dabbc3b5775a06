/** The typographic choices one seed makes for a whole page: sizes, faces, rules, grid. */
import type { Random } from './seeded-random';

export interface LayoutStyle {
  pageWidthMm: number;
  marginMm: number;
  bodyPt: number;
  leading: number;
  /** Target width of one body column; a cell gets as many columns as fit. */
  columnMm: number;
  bodyFace: string;
  headFace: string;
  subFace: string;
  bylineFace: string;
  captionFace: string;
  maxHeadPt: number;
  kickerPt: number;
  subPt: number;
  headAlign: 'left' | 'center';
  rulePt: number;
  /** Thin rules between a cell's body columns, as some papers print. */
  columnRules: boolean;
  /** Stacked blocks in one cell are separated by a rule (else only by space). */
  stackRules: boolean;
  photoTitleAbove: boolean;
  /** Header items on one row spread across the page, or one item per line. */
  headerRow: boolean;
}

// TrueType faces: Chromium embeds them as named CID subsets, as typesetting systems do (CFF-based
// Noto CJK would come out as unnamed Type 3 fonts, hiding which face a run was set in).
const SERIF = '"AR PL UMing CN"';
const SANS = '"WenQuanYi Zen Hei"';
const SANS2 = '"WenQuanYi Micro Hei"';
const KAI = '"AR PL UKai CN"';

/**
 * Debian's default Chinese faces (fonts-noto-cjk). Chromium embeds these CFF fonts as unnamed
 * Type 3 fonts: a layout to check that nothing depends on font names or TrueType embedding.
 */
const NOTO = { serif: '"Noto Serif CJK SC"', sans: '"Noto Sans CJK SC"' };

export function chooseStyle(rng: Random, faces: 'truetype' | 'noto' = 'truetype'): LayoutStyle {
  const style = pickStyle(rng);
  if (faces === 'truetype') return style;
  return { ...style, bodyFace: NOTO.serif, headFace: NOTO.sans, subFace: NOTO.serif, captionFace: NOTO.sans };
}

function pickStyle(rng: Random): LayoutStyle {
  return {
    pageWidthMm: rng.pick([297, 320, 340]),
    marginMm: rng.int(10, 16),
    bodyPt: rng.pick([9.5, 10, 10.5]),
    leading: rng.pick([1.55, 1.65, 1.75]),
    columnMm: rng.int(42, 56),
    bodyFace: SERIF,
    headFace: rng.pick([SANS, SANS2, SERIF]),
    subFace: rng.pick([SERIF, KAI, SANS]),
    bylineFace: rng.pick([KAI, SANS]),
    captionFace: rng.pick([SANS2, KAI]),
    maxHeadPt: rng.int(36, 48),
    kickerPt: rng.int(13, 16),
    subPt: rng.int(15, 19),
    headAlign: rng.pick(['left', 'center']),
    rulePt: rng.pick([0.6, 0.8, 1.2]),
    columnRules: rng.chance(0.3),
    stackRules: rng.chance(0.6),
    photoTitleAbove: rng.chance(0.4),
    headerRow: rng.chance(0.5),
  };
}
