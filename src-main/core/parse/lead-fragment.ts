/**
 * Body text that a column break left short enough to pass for a head. Under a headline the first
 * line of the body is often cut at the column edge (城北片区将建 | 三所学校 is a head; 记者从市教育局
 * 获悉 | 今年… is not). Two kinds of evidence, by strength:
 *  - never a head: the line opens the way news leads open (记者从…, 据悉, 日前, 近日, 昨天上午,) or
 *    stops on a word that needs its complement (…的, 关于, 随着, 通过);
 *  - probably not a head: the last line of a head run opens with a time phrase (今年前8个月,
 *    9月10日) — headlines can start that way too, so the assembler decides with a warning.
 */

/** Lead and connective openers (记者从…, 据悉, 此外, 该项目…) no headline starts with. */
const STRONG_OPENER =
  /^(?:(?:本报)?记者\p{Script=Han}{0,4}?从|记者(?:近日|昨天|昨日|今天|日前)|据(?:悉|了解|介绍|统计|透露|报道)|日前|近日[,\uFF0C]?|该(?:项目|公司|活动|负责人|市|区|县|镇|村)|此外|另外|其中|然而|但是|因此|所以|而且|并且|与此同时)/u;
/** Time and scene phrases that open a lead; followed by a comma they are plainly a sentence. */
const TIME_OPENER =
  /^(?:昨天|昨日|今天|今日|前天|当天|当日|近期|目前|当前|今年(?:以来)?|去年|上半年|下半年|前\d{1,2}个?月|近年来|近年|此前|随后|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)/u;
const OPENER_CLAUSE = new RegExp(
  String.raw`${TIME_OPENER.source}(?:[上中下]午|晚间|晚上|早上|凌晨|傍晚|起|至今)?[,\uFF0C]`,
  'u',
);
/**
 * Function words a phrase cannot stop on. Only words that never end a noun: 参与, 自由, 方向, 成就
 * end in characters that are function words elsewhere, so single characters are limited to these.
 */
const DANGLING_END =
  /(?:的|这|该|而|但|从|把|将|或|被|关于|对于|通过|按照|根据|随着|为了|由于|以及|并且|但是|而且|因为|如果|虽然|不仅|已经|正在|将会|进一步|一系列)$/u;
/** （作者为…）, （作者单位：…）, （本文…）: the note that closes an article, never a head. */
const CLOSING_NOTE = /^[(\uFF08](?:作者|本文|本版|来源|摘编|摘自|原载|选自|转自|注[:\uFF1A])/u;

/** True for a line that is body text however short it is. */
export function isNeverHead(text: string): boolean {
  return (
    STRONG_OPENER.test(text) || OPENER_CLAUSE.test(text) || DANGLING_END.test(text) || CLOSING_NOTE.test(text)
  );
}

/** Opens the way reporting goes on (据介绍, 近年来, 此外…): body, not a picture's caption. */
export function opensLikeReport(text: string): boolean {
  return STRONG_OPENER.test(text) || TIME_OPENER.test(text);
}

/** The line opens like a lead sentence (time phrase first). Weak: decide in context. */
export function opensLikeLead(text: string): boolean {
  return TIME_OPENER.test(text);
}

/**
 * Heads naming a genre that is never part of another article: 停水通知, 天气预报, 读者来信,
 * 招聘启事. Such a line starts its own item even when it is one short line after unsigned text,
 * where an ordinary short line would be read as an internal subhead. Advertisements are kept as
 * kind 'article' (their 广告 label is section furniture): an ad's text is what an editor searches
 * for, and furniture is reserved for what belongs to the page rather than to any item on it.
 */
const GENRE_HEAD =
  /(?:通知|公告|通告|启事|启示|声明|预报|公示|讣告|来信|广告|告示|倡议书|公开信|一封信|招聘|招标|须知)$/u;

/** 评论员文章, 社论, 今日谈: labels printed over an opinion piece, its kicker, never a photo's title. */
const COLUMN_LABEL = /^(?:本报)?(?:评论员文章|社论|短评|时评|今日谈|人民时评|编辑部文章|特约评论员文章)$/u;

export function isColumnLabel(text: string): boolean {
  return COLUMN_LABEL.test(text.trim());
}

export function isGenreHead(text: string): boolean {
  return GENRE_HEAD.test(text.replace(/[【】[\]■●◆]/gu, '').trim());
}
