import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import type { ExportArticle } from './export-articles';
import { bylineText, KIND_LABEL, pageLine, runsOf } from './export-articles';
import type { DocumentInfo } from './render-markdown';

/** Word and WPS pick the East Asian font from `eastAsia`; 宋体/黑体 exist on every Chinese Windows. */
const SERIF = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const SANS = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
/** 2 characters of 12pt text, in twips: the customary first-line indent of Chinese prose. */
const INDENT_2EM = 480;

function articleParagraphs(a: ExportArticle, first: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  if (!first) out.push(new Paragraph({ children: [new PageBreak()] }));
  if (a.kicker)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: a.kicker, font: SANS, size: 21 })],
      }),
    );
  out.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: a.headline ?? '(无标题)', font: SANS, bold: true, size: 34 })],
    }),
  );
  if (a.subheadline)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: a.subheadline, font: SANS, size: 24 })],
      }),
    );
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
      children: [new TextRun({ text: meta, font: SANS, size: 18, color: '666666' })],
    }),
  );
  a.paragraphs.forEach((_, i) => {
    const runs = runsOf(a, i).map(
      (r) =>
        new TextRun({ text: r.text, font: SERIF, size: 24, ...(r.marked ? { highlight: 'yellow' } : {}) }),
    );
    if (i === 0 && a.source)
      runs.unshift(new TextRun({ text: `${a.source} `, font: SANS, bold: true, size: 24 }));
    out.push(
      new Paragraph({
        indent: { firstLine: INDENT_2EM },
        alignment: AlignmentType.JUSTIFIED,
        spacing: { line: 400, after: 120 },
        children: runs,
      }),
    );
  });
  if (a.continued)
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: `(${a.continued})`, font: SANS, size: 20 })],
      }),
    );
  for (const ann of a.annotations)
    out.push(
      new Paragraph({
        indent: { left: 360 },
        children: [
          new TextRun({ text: ann.exact, font: SERIF, size: 21, highlight: 'yellow' }),
          ...(ann.note ? [new TextRun({ text: `  批注:${ann.note}`, font: SANS, size: 21 })] : []),
        ],
      }),
    );
  return out;
}

export async function renderDocx(
  articles: readonly ExportArticle[],
  info: DocumentInfo,
): Promise<Uint8Array> {
  const doc = new Document({
    creator: '剪报 Jianbao',
    title: info.title,
    styles: { default: { document: { run: { font: SERIF, size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun({ text: info.title, font: SANS, bold: true, size: 44, color: '9B1C1C' })],
          }),
          new Paragraph({
            spacing: { after: 360 },
            children: [
              new TextRun({
                text: `共 ${articles.length} 篇 · 导出于 ${info.exportedAt.slice(0, 10)}`,
                font: SANS,
                size: 18,
                color: '666666',
              }),
            ],
          }),
          ...articles.flatMap((a, i) => articleParagraphs(a, i === 0)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
