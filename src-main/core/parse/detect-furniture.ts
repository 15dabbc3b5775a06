/**
 * Page furniture: lines that belong to the page, not to any article — running headers
 * (南通晚报 2024年7月10日 星期三 A3 要闻 责任编辑 张三), page numbers (-3-, 第3版) and section
 * labels (要闻, 图片新闻, 简讯). A header needs two independent clues (or a staff credit such as
 * 责任编辑) so that a headline which merely mentions a date is not swallowed.
 */
import type { FurnitureKind } from './parsed-page';
import { visibleLength } from './text-chars';

export const DATE_CN = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
export const DATE_ISO = /(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/u;
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日](?![\p{Script=Han}])/u;
export const PAGE_LABEL =
  /(?<![A-Za-z0-9])([A-Z]{1,2}\d{1,2})(?:\s*版)?(?![A-Za-z0-9])|第\s*(\d{1,3})\s*版|版次\s*[:\uFF1A]?\s*([A-Z]{0,2}\d{1,3})/u;
const STAFF = /责任编辑|责编|美术编辑|美编|校对|组版|版式设计|版式|审读|值班主任|本版编辑|视觉设计|照排/u;
export const PAPER =
  /[\p{Script=Han}]{2,6}?(?:日报|晚报|早报|商报|都市报|时报|青年报|法制报|晨报|快报|导报|周报|新闻报)/u;
const MASTHEAD = new RegExp(String.raw`^${PAPER.source}$`, 'u');
const LUNAR = /农历[\p{Script=Han}]{2,8}/u;
/** The masthead's registration line (国内统一连续出版物号 CN 11-0014, 邮发代号 1-46). */
const REGISTRATION = /统一刊号|连续出版物号|邮发代号|(?<![A-Za-z])CN\s*\d{2}\s*-\s*\d{4}/u;

/** Section names printed as page labels or column heads. Deliberately short, specific words. */
export const SECTIONS = [
  '要闻',
  '综合',
  '综合新闻',
  '本地新闻',
  '城市新闻',
  '城事',
  '民生',
  '社会',
  '社会新闻',
  '经济',
  '财经',
  '国内',
  '国内新闻',
  '国际',
  '国际新闻',
  '体育',
  '文体',
  '文化',
  '副刊',
  '评论',
  '时评',
  '娱乐',
  '健康',
  '教育',
  '法治',
  '政法',
  '区县',
  '县域',
  '视点',
  '专版',
  '专题',
  '图片新闻',
  '新闻图片',
  '天下',
  '深读',
  '科技',
  '三农',
  '旅游',
  '楼市',
  '消费',
  '读书',
  '人文',
  '观点',
  '特别报道',
  '焦点',
  '文娱',
  '公告',
  '广告',
  '资讯',
  '热线',
  '关注',
  '聚焦',
  '地方新闻',
  '时事',
  '经济新闻',
  '江海潮',
  '要闻·综合',
];

/** Brief sections: every item after one of these is its own `brief` article. */
export const BRIEF_SECTION =
  /^[【[■●◆]?\s*(?:新闻)?(?:简讯|快讯|短讯|简明新闻|一句话新闻|新闻速览|本地快讯|要闻简报|综合简讯|资讯速递|消息树|导读|今日导读|本期导读)\s*[】\]]?$/u;

const SECTION_LABEL = new RegExp(
  String.raw`^(?:[A-Z]{0,2}\d{1,2}\s*[·・.\-|丨]?\s*)?(?:${SECTIONS.join('|')})(?:\s*[·・.\-|丨]?\s*[A-Z]{0,2}\d{1,2}\s*版?)?$`,
  'u',
);
const PAGE_NUMBER =
  /^(?:[-—–－~〜_\s]*[A-Z]{0,2}\d{1,3}[-—–－~〜_\s]*|第\s*[0-9一二三四五六七八九十]{1,3}\s*版|[A-Z]{1,2}\d{1,2}\s*版|[-—–－]+\s*[一二三四五六七八九十]{1,3}\s*[-—–－]+)$/u;

/** 数据来源：…, 制图：…: printed under a chart, belonging to no article (PARSE-CONVENTIONS). */
const CHART_CREDIT = /^(?:数据来源|资料来源|制图|图表制作|图表设计|设计制图|统筹)\s*[:\uFF1A]/u;

export function classifyFurniture(text: string): FurnitureKind | null {
  const length = visibleLength(text, 91);
  if (length === 0) return null;
  if (PAGE_NUMBER.test(text)) return 'page-number';
  if (length <= 12 && (SECTION_LABEL.test(text) || BRIEF_SECTION.test(text))) return 'section';
  if (length > 90 || /[。!?\uFF01\uFF1F]/u.test(text)) return null;
  if (CHART_CREDIT.test(text)) return 'credit';
  // （摘编自《天津日报》…）（下转第13版）: an article's closing note names a paper and a page, yet
  // belongs to the article.
  if (/^[(\uFF08](?:作者|本文|来源|摘编|摘自|原载|选自|转自)/u.test(text)) return null;
  if (STAFF.test(text) && /[:\uFF1A\s]|编辑[\p{Script=Han}]/u.test(text)) return 'header';
  if (REGISTRATION.test(text)) return 'header';
  // The masthead printed on a line of its own (人民日报, 经济日报): one clue, but a headline is
  // never just a paper's name.
  if (MASTHEAD.test(text.replace(/\s+/gu, ''))) return 'header';
  let clues = 0;
  if (DATE_CN.test(text) || DATE_ISO.test(text)) clues++;
  if (WEEKDAY.test(text) || LUNAR.test(text)) clues++;
  if (PAGE_LABEL.test(text)) clues++;
  if (PAPER.test(text)) clues++;
  if (SECTIONS.some((s) => text.includes(s)) && /\s/u.test(text)) clues++;
  return clues >= 2 ? 'header' : null;
}
