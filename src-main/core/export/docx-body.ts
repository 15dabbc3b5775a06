import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import { PARAGRAPH_SEPARATOR } from '../annotations/article-text';
import type { ExportAnnotation } from './annotation-source';
import { highlightRanges, type ExportArticle } from './export-articles';
import { lookOf } from './highlight-colours';
import { xmlSafe } from './xml-text';

/** Word and WPS pick the East Asian font from `eastAsia`; 宋体/黑体 exist on every Chinese Windows. */
export const SERIF = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
export const SANS = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
/** 2 characters of 12pt text, in twips: the customary first-line indent of Chinese prose. */
const INDENT_2EM = 480;

/** Where an annotation's comment starts and ends, as (paragraph, offset in it). */
interface CommentPlace {
  id: number;
  from: [number, number];
  to: [number, number];
}

/** Paragraph and offset of a canonical-text offset; one inside a separator snaps to the next paragraph. */
function locate(paragraphs: readonly string[], offset: number, isEnd: boolean): [number, number] {
  let at = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const length = paragraphs[i]!.length;
    if (offset <= at + length && (isEnd || offset < at + length || i === paragraphs.length - 1))
      return [i, Math.max(0, offset - at)];
    at += length + PARAGRAPH_SEPARATOR.length;
    if (offset < at) return isEnd ? [i, length] : [i + 1, 0];
  }
  const last = Math.max(0, paragraphs.length - 1);
  return [last, paragraphs[last]?.length ?? 0];
}

const commentText = (ann: ExportAnnotation): string[] => [
  ...(ann.note ? ann.note.split(/\r\n|[\r\n]/) : []),
  ...(ann.tags.length > 0 ? [`标签:${ann.tags.join('、')}`] : []),
];

/**
 * Body paragraphs with highlights in Word highlight colours and each note (and annotation tags)
 * as a real Word comment anchored on the highlighted words, also across paragraph breaks.
 * `nextId` numbers comments across the whole document.
 */
export function bodyParagraphs(
  a: ExportArticle,
  nextId: () => number,
): { paragraphs: Paragraph[]; comments: ICommentOptions[] } {
  const comments: ICommentOptions[] = [];
  const places: CommentPlace[] = [];
  for (const ann of a.annotations) {
    const lines = commentText(ann);
    if (lines.length === 0) continue;
    const id = nextId();
    places.push({
      id,
      from: locate(a.paragraphs, ann.start, false),
      to: locate(a.paragraphs, ann.end, true),
    });
    comments.push({
      id,
      author: '剪报',
      initials: 'JB',
      date: new Date(ann.updatedAt),
      children: lines.map((line) => new Paragraph({ children: [new TextRun(xmlSafe(line))] })),
    });
  }
  const paragraphs = a.paragraphs.map((text, i) => {
    const ranges = highlightRanges(a, i);
    const cuts = new Set([0, text.length]);
    for (const [s, e] of ranges) cuts.add(s).add(e);
    for (const p of places) {
      if (p.from[0] === i) cuts.add(p.from[1]);
      if (p.to[0] === i) cuts.add(p.to[1]);
    }
    const points = [...cuts].sort((x, y) => x - y);
    const children: ParagraphChild[] = [];
    if (i === 0 && a.source)
      children.push(new TextRun({ text: `${xmlSafe(a.source)} `, font: SANS, bold: true, size: 24 }));
    points.forEach((at, k) => {
      // Ends first: a comment ending where another starts closes before the next one opens.
      for (const p of places)
        if (p.to[0] === i && p.to[1] === at)
          children.push(new CommentRangeEnd(p.id), new TextRun({ children: [new CommentReference(p.id)] }));
      for (const p of places)
        if (p.from[0] === i && p.from[1] === at) children.push(new CommentRangeStart(p.id));
      const next = points[k + 1];
      if (next === undefined || next === at) return;
      const colour = ranges.find(([s, e]) => at >= s && next <= e)?.[2];
      const look = colour ? lookOf(colour) : null;
      children.push(
        new TextRun({
          text: xmlSafe(text.slice(at, next)),
          font: SERIF,
          size: 24,
          ...(look ? { highlight: look.word, ...(look.wordText ? { color: look.wordText } : {}) } : {}),
        }),
      );
    });
    return new Paragraph({
      indent: { firstLine: INDENT_2EM },
      alignment: AlignmentType.JUSTIFIED,
      spacing: { line: 400, after: 120 },
      children,
    });
  });
  return { paragraphs, comments };
}
