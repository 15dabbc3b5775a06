import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  TextRun,
  type ICommentOptions,
} from 'docx';
import { gbtCitation } from './citation-gbt';
import { bodyParagraphs, SANS, SERIF } from './docx-body';
import type { ExportArticle } from './export-articles';
import { bylineText, KIND_LABEL, pageLine } from './export-articles';
import type { DocumentInfo } from './render-markdown';
import { xmlSafe } from './xml-text';

/** A centred line in the sans face; every string passes xmlSafe so Word can open the file. */
const line = (text: string, size: number, extra: { color?: string; bold?: boolean } = {}) =>
  new TextRun({ text: xmlSafe(text), font: SANS, size, ...extra });

function articleParagraphs(
  a: ExportArticle,
  first: boolean,
  nextId: () => number,
): { paragraphs: Paragraph[]; comments: ICommentOptions[] } {
  const out: Paragraph[] = [];
  if (!first) out.push(new Paragraph({ children: [new PageBreak()] }));
  if (a.kicker) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [line(a.kicker, 21)] }));
  out.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      alignment: AlignmentType.CENTER,
      children: [line(a.headline ?? '(无标题)', 34, { bold: true })],
    }),
  );
  if (a.subheadline)
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [line(a.subheadline, 24)] }));
  const meta = [
    pageLine(a),
    KIND_LABEL[a.kind],
    bylineText(a),
    a.tags.length > 0 ? `标签:${a.tags.join('、')}` : '',
  ]
    .filter((x) => x.length > 0)
    .join(' · ');
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [line(meta, 18, { color: '666666' })],
    }),
  );
  const body = bodyParagraphs(a, nextId);
  out.push(...body.paragraphs);
  if (a.continued)
    out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [line(`(${a.continued})`, 20)] }));
  out.push(
    new Paragraph({
      spacing: { before: 240 },
      children: [line(`引用:${gbtCitation(a)}`, 18, { color: '555555' })],
    }),
  );
  return { paragraphs: out, comments: body.comments };
}

export async function renderDocx(
  articles: readonly ExportArticle[],
  info: DocumentInfo,
): Promise<Uint8Array> {
  let id = 0;
  const nextId = () => id++;
  const parts = articles.map((a, i) => articleParagraphs(a, i === 0, nextId));
  const doc = new Document({
    creator: '剪报 Jianbao',
    title: xmlSafe(info.title),
    styles: { default: { document: { run: { font: SERIF, size: 24 } } } },
    comments: { children: parts.flatMap((p) => p.comments) },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [line(info.title, 44, { bold: true, color: '9B1C1C' })],
          }),
          new Paragraph({
            spacing: { after: 360 },
            children: [
              line(`共 ${articles.length} 篇 · 导出于 ${info.exportedAt.slice(0, 10)}`, 18, {
                color: '666666',
              }),
            ],
          }),
          ...parts.flatMap((p) => p.paragraphs),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
