import type { Db } from '../core/db/db';
import { openArchive } from '../core/db/open';
import { storePage } from '../core/pages/store-page';
import { clearHistory } from '../core/undo/undo-log';
import { sampleOutcome } from './sample-outcome';

export const BODY = [
  '市委书记吴新明带队深入相关企业开展现场调研,对重点提案进行督办。',
  '近年来,南通持续强化与上海、苏南地区的产业链、创新链合作,新招引项目中有七成来自上海、苏南。',
  '上海电气集团恒羲光伏科技有限公司主要生产高效异质结光伏电池以及光伏组件。',
];

/** An in-memory archive with one page of three articles; the first has a three-paragraph body. */
export function annotatedArchive(): { db: Db; ids: number[] } {
  const { db } = openArchive(':memory:');
  clearHistory(db);
  const outcome = sampleOutcome('sample.txt', ['头条新闻', '第二篇', '第三篇']);
  outcome.parsed.articles[0]!.paragraphs = [...BODY];
  storePage(db, new TextEncoder().encode('v1'), outcome);
  const ids = db.prepare('SELECT id FROM articles ORDER BY ordinal').pluck().all() as number[];
  return { db, ids };
}
