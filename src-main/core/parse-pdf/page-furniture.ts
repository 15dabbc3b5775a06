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
  // The rule nearest the page's edge that has text beyond it bounds the band (a short last row
  // of briefs has a rule above it too). A furniture band is a few lines of small type: a rule with a headline or a column of text
  // beyond it is a row of articles, not the page's header or footer.
  const band = (ls: TextLine[]): boolean =>
    ls.length > 0 && ls.length <= 4 && ls.every((l) => l.size <= bodySize * 1.1 || l.y < 0.06 * page.height);
  const topRule = wide
    .filter((r) => r.y < 0.2 * page.height && band(lines.filter((l) => bottom(l) <= r.y + 1)))
    .sort((a, b) => a.y - b.y)[0];
  const bottomRule = wide
    .filter((r) => r.y > 0.8 * page.height && band(lines.filter((l) => l.y >= r.y - 1)))
    .sort((a, b) => b.y - a.y)[0];
  const textTop = Math.min(...lines.map((l) => l.y));
  const textBottom = Math.max(...lines.map(bottom));
  const margin = Math.min(0.04 * page.height, 4 * bodySize);
  const top = topRule ? topRule.y : textTop + margin;
  const end = bottomRule ? bottomRule.y : textBottom - margin;
  // Without a rule, the band's lines must stand apart as a group: a clear gap from the text beyond.
  const apart = 1.5 * bodySize;
  // Unruled furniture is also set smaller than the body, so an article's last lines are not it.
  const smaller = (l: TextLine): boolean => l.size < bodySize * 0.95;
  const headBand = lines.filter((l) => smaller(l) && bottom(l) <= top);
  const footBand = lines.filter((l) => smaller(l) && l.y >= end);
  const below = lines.filter((l) => !headBand.includes(l)).map((l) => l.y);
  const above = lines.filter((l) => !footBand.includes(l)).map(bottom);
  const headApart = band(headBand) && Math.min(...below) - Math.max(...headBand.map(bottom)) >= apart;
  const footApart = band(footBand) && Math.min(...footBand.map((l) => l.y)) - Math.max(...above) >= apart;
  const isHeader = (l: TextLine): boolean =>
    topRule ? bottom(l) <= topRule.y + 1 : headApart && headBand.includes(l);
  const isFooter = (l: TextLine): boolean =>
    bottomRule ? l.y >= bottomRule.y - 1 : footApart && footBand.includes(l);
  const header = lines.filter(isHeader);
  const footer = lines.filter((l) => !isHeader(l) && isFooter(l));
  const body = lines.filter((l) => !isHeader(l) && !isFooter(l));
  return { header, footer, body, top, bottom: end };
}
