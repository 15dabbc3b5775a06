import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../../bench/corpus';

/** Invented phrases only: test pages must never carry real newspaper text. */
const PHRASES = [
  '青石镇举办第三届芦苇节',
  '河湾社区新建图书角',
  '晨光小学开设木工课',
  '东堤公园完成绿化改造',
  '老街茶馆恢复评书演出',
  '沙洲村试种新品种稻谷',
  '渡口码头增开夜班渡船',
  '柳林街道组织邻里运动会',
  '北坡水库开展安全巡查',
  '南湖湿地迎来越冬候鸟',
];
const NAMES = ['林晓河', '周望舒', '顾一帆', '沈秋禾', '陆明远', '许清涟'];

/** One page's text: three articles of headline, byline and two paragraphs, unique to `n`. */
export function fictionalPage(n: number): string {
  const r = rng(n + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const articles: string[] = [];
  for (let a = 0; a < 3; a++) {
    const head = `${pick(PHRASES)}(第${n}期之${a + 1})`;
    const body = [
      `本报讯 记者${pick(NAMES)} 近日,${pick(PHRASES)},${pick(PHRASES)}。编号${n}-${a}的活动吸引了许多居民参加。`,
      `据介绍,${pick(PHRASES)}。下一步,相关部门将继续做好服务工作,${pick(PHRASES)}。`,
    ];
    articles.push([head, '', ...body].join('\n'));
  }
  return articles.join('\n\n\n') + '\n';
}

/** Writes pages `from`..`from+count-1` as page-NNNN.txt into `dir`; returns their paths. */
export function writeFictionalPages(dir: string, count: number, from = 0): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const file = join(dir, `page-${String(from + i).padStart(4, '0')}.txt`);
    writeFileSync(file, fictionalPage(from + i));
    return file;
  });
}
