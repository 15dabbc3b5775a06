/**
 * Lines that are their own paragraph whatever punctuation they lack: rows of a table flattened
 * to text (崇川区 32个 已完工18个) and the signature block of a notice (南通市自来水公司 |
 * 2024年9月12日). Both end without a full stop, so the column-break rule would glue them to their
 * neighbours, and both are short, so they would otherwise pass for heads.
 */
import type { LineInfo } from './classify-lines';

const CELL_GAP = /\s+/u;
const NUMERIC_CELL = /^[-+]?[\d０-９][\d０-９.,．%％]*\p{Script=Han}{0,2}$/u;

/** Cells parted by spaces, with numbers: a table row, not a headline printed in halves. */
export function isTableRow(text: string): boolean {
  const cells = text.trim().split(CELL_GAP);
  if (cells.length < 2 || cells.some((c) => [...c].length > 12)) return false;
  const numeric = cells.filter((c) => NUMERIC_CELL.test(c)).length;
  const withDigit = cells.filter((c) => /[\d０-９]/u.test(c)).length;
  // Two halves of a headline may carry a number (全市GDP 突破5000亿), but not a bare figure.
  if (cells.length === 2) return numeric === 1 && /[\d０-９]/u.test(cells[1] ?? '');
  return cells.length >= 4 || numeric >= 1 || withDigit >= 2;
}

/** 2024年9月12日 alone on a line: a dateline or signature date, never a headline. */
export const DATE_LINE = /^[\d０-９]{4}\s*年\s*[\d０-９]{1,2}\s*月\s*[\d０-９]{1,2}\s*日$/u;

/** Who signs a notice: an organisation, recognised by how such names end. */
const ISSUER =
  /(?:公司|集团|局|委员会|委|办公室|办|中心|协会|学会|商会|政府|街道办事处|街道|管委会|医院|学校|大学|银行|分行|支行|所|站|厅|处|部|社区|居委会|村委会|指挥部|领导小组)$/u;

/**
 * The signature block at the foot of a notice: the issuer line(s) right above a date line. Marked
 * standalone (and not heads), so they stay separate paragraphs of the notice they sign.
 */
export function markSignatures(infos: LineInfo[]): void {
  infos.forEach((info, k) => {
    if (!DATE_LINE.test(info.line.text) || info.furniture) return;
    info.headLike = false;
    info.standalone = true;
    const above = infos[k - 1];
    if (above?.headLike && ISSUER.test(above.line.text)) {
      above.headLike = false;
      above.standalone = true;
    }
  });
}
