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

/**
 * 商品 金额(亿元) 同比(%): a table's header row has no figures, but it has as many short cells as
 * the rows under it. Called after classification, so rows are already marked standalone.
 */
export function markTableHeaders(infos: LineInfo[]): void {
  infos.forEach((info, k) => {
    const below = infos[k + 1];
    if (!below?.standalone || info.furniture || info.byline || info.source) return;
    const cells = info.line.text.trim().split(CELL_GAP);
    const rowCells = below.line.text.trim().split(CELL_GAP).length;
    if (cells.length >= 3 && cells.length === rowCells && cells.every((c) => [...c].length <= 12)) {
      info.headLike = false;
      info.standalone = true;
    }
  });
}

/**
 * 地址:…, 电话:0513-…, 时间:…: the fields of a notice, an event listing or an advertisement.
 * Each is its own line in print and ends with no full stop by nature.
 */
const FIELD_LINE =
  /^(?:地址|电话|联系电话|咨询电话|报名电话|热线|服务热线|联系人|网址|邮箱|微信|微信号|时间|地点|日期|报名方式|报名时间|截止时间|主办|承办|主办单位|承办单位)\s*[:\uFF1A]\s*\S/u;

export function isFieldLine(text: string): boolean {
  return FIELD_LINE.test(text) && !/[。!?\uFF01\uFF1F]$/u.test(text);
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
