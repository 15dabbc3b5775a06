/**
 * Page furniture by position: the header band above the page's top rule (paper, date, 版次,
 * editors) and the footer band below its bottom rule. Without such rules, lines in the outer 4%
 * of the page set no larger than body type count as furniture.
 */
import { bottom, type Rect } from './pdf-content';
import type { TextLine } from './text-lines';

export interface FurnitureSplit {
  header: TextLine[];
  footer: TextLine[];
  body: TextLine[];
  /** Where the article area starts and ends (y), for the figures to be kept to it. */
  top: number;
  bottom: number;
}

export function splitFurniture(
  lines: readonly TextLine[],
  rules: readonly Rect[],
  page: { width: number; height: number },
  bodySize: number,
): FurnitureSplit {
  const wide = rules.filter((r) => r.width >= 0.6 * page.width && r.width > r.height);
  // The top rule must have text above it and lie in the top fifth (likewise for the bottom rule).
  const topRule = wide
    .filter((r) => r.y < 0.2 * page.height && lines.some((l) => bottom(l) <= r.y + 1))
    .sort((a, b) => b.y - a.y)[0];
  const bottomRule = wide
    .filter((r) => r.y > 0.8 * page.height && lines.some((l) => l.y >= r.y - 1))
    .sort((a, b) => a.y - b.y)[0];
  const textTop = Math.min(...lines.map((l) => l.y));
  const textBottom = Math.max(...lines.map(bottom));
  const margin = 0.04 * page.height;
  const small = (l: TextLine): boolean => l.size <= bodySize * 1.1;
  const top = topRule ? topRule.y : textTop + margin;
  const end = bottomRule ? bottomRule.y : textBottom - margin;
  // Without a rule, furniture must also stand apart: a clear gap from the text below (or above) it.
  const apart = 1.5 * bodySize;
  const isHeader = (l: TextLine): boolean =>
    topRule
      ? bottom(l) <= topRule.y + 1
      : small(l) &&
        bottom(l) <= top &&
        !lines.some((o) => o.y > bottom(l) - 1 && o.y - bottom(l) < apart && bottom(o) > top);
  const isFooter = (l: TextLine): boolean =>
    bottomRule
      ? l.y >= bottomRule.y - 1
      : small(l) &&
        l.y >= end &&
        !lines.some((o) => bottom(o) < l.y + 1 && l.y - bottom(o) < apart && o.y < end);
  const header = lines.filter(isHeader);
  const footer = lines.filter((l) => !isHeader(l) && isFooter(l));
  const body = lines.filter((l) => !isHeader(l) && !isFooter(l));
  return { header, footer, body, top, bottom: end };
}
