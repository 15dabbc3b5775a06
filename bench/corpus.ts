/**
 * Deterministic generator of realistic newspaper articles for the search benchmark: a Zipf-like
 * Chinese vocabulary, headlines, bylines with person names, numbers, a little Latin, some
 * Traditional characters and OCR noise (PM_{2.5}, full-width digits, stray spaces).
 * Same seed → same corpus, so runs on different machines search the same text. The search bench
 * now uses realistic-corpus.ts (issue 12: 98% of these articles shared one bigram); the report
 * bench still uses this one.
 */

/** mulberry32: tiny, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Common characters of news text, roughly most frequent first; the rest of the CJK block supplies rare ones.
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车况广局包斯史完设备改管造装求适' +
  '市委书记政协提案调研企业创新产业协同长江口南通上海苏州江苏发展战略一体化经济社会服务项目建设会议工作领导干部群众城市乡村文化教育医疗卫生环境生态交通港口科技人才投资市场金融安全法治改革开放';
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '新明伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超明霞平刚桂英文君巍东立群彤薇灿慧勇华建国志红梅海燕宇浩然子轩雨婷晨阳欣怡佳琪一鸣';
/** Simplified → Traditional for a few common characters (the search benches fold them back). */
export const TRADITIONAL: Record<string, string> = {
  国: '國',
  发: '發',
  经: '經',
  济: '濟',
  级: '級',
  会: '會',
  区: '區',
  协: '協',
  长: '長',
  产: '產',
  业: '業',
  学: '學',
};
const LATIN = ['GDP', '5G', 'AI', 'CPI', 'PM2.5', 'APP', 'LED', 'IT', 'WTO', 'ETC'];
const ROLES = ['记者', '通讯员', '本报记者', '摄影'];

export interface CorpusArticle {
  kind: 'article' | 'photo' | 'brief';
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  source: string | null;
  bylines: { role: string; name: string }[];
  paragraphs: string[];
  date: string;
}

export interface Corpus {
  /** Vocabulary, most frequent first (rank 0 is the commonest word). */
  words: string[];
  names: string[];
  article: (i: number) => CorpusArticle;
}

export function makeCorpus(seed = 20240710): Corpus {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[], rand: () => number): T => xs[Math.floor(rand() * xs.length)]!;
  const common = [...new Set(COMMON)];
  const rareChars: string[] = [];
  for (let i = 0; i < 4000; i++) rareChars.push(String.fromCodePoint(0x4e00 + Math.floor(r() * 0x51a5)));
  // Words: 1–4 characters, mostly from common characters; later ranks lean on rare ones.
  const words: string[] = [];
  const seen = new Set<string>();
  while (words.length < 20000) {
    const len = [1, 2, 2, 2, 2, 3, 3, 4][Math.floor(r() * 8)]!;
    let w = '';
    for (let k = 0; k < len; k++)
      w += r() < 0.1 + (words.length / 20000) * 0.5 ? pick(rareChars, r) : pick(common, r);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const names: string[] = [];
  for (let i = 0; i < 3000; i++)
    names.push(pick([...SURNAMES], r) + pick([...GIVEN], r) + (r() < 0.6 ? pick([...GIVEN], r) : ''));
  const logN = Math.log(words.length);

  return {
    words,
    names,
    article(i: number): CorpusArticle {
      // Per-article generator: article i is the same whatever else was generated before it.
      const a = rng(seed ^ Math.imul(i + 1, 0x9e3779b1));
      // Zipf-like: log-uniform rank ≈ frequency ∝ 1/rank.
      const word = (): string => words[Math.min(words.length - 1, Math.floor(Math.exp(a() * logN)) - 1)]!;
      const noisy = (s: string): string => {
        let out = '';
        for (const ch of s) out += a() < 0.01 && TRADITIONAL[ch] ? TRADITIONAL[ch] : ch;
        return out;
      };
      const sentence = (min: number, max: number): string => {
        const target = min + Math.floor(a() * (max - min));
        let s = '';
        while (s.length < target) {
          const x = a();
          if (x < 0.03) s += String(Math.floor(a() * 3000));
          else if (x < 0.04) s += `${(a() * 100).toFixed(1)}%`;
          else if (x < 0.05) s += pick(LATIN, a);
          else if (x < 0.07) s += pick(names, a);
          else if (x < 0.072) s += 'PM_{2.5}';
          else if (x < 0.073) s += '２０２４';
          else if (x < 0.075) s += ' ';
          else s += word();
          if (a() < 0.12) s += a() < 0.7 ? ',' : '、';
        }
        return noisy(s) + '。';
      };
      const kindRoll = a();
      const kind = kindRoll < 0.8 ? 'article' : kindRoll < 0.9 ? 'photo' : 'brief';
      const paragraphs: string[] = [];
      const nPara = kind === 'article' ? 2 + Math.floor(a() * 7) : 1;
      for (let p = 0; p < nPara; p++) {
        let para = '';
        const nSent = 1 + Math.floor(a() * 4);
        for (let k = 0; k < nSent; k++) para += sentence(15, 60);
        paragraphs.push(para);
      }
      const bylines = [{ role: pick(ROLES, a), name: pick(names, a) }];
      if (a() < 0.3) bylines.push({ role: '通讯员', name: pick(names, a) });
      const day = Math.floor(a() * 365 * 3);
      const date = new Date(Date.UTC(2022, 0, 1) + day * 86400000).toISOString().slice(0, 10);
      return {
        kind,
        kicker: a() < 0.2 ? sentence(8, 20).slice(0, -1) : null,
        headline: sentence(8, 22).slice(0, -1),
        subheadline: a() < 0.1 ? sentence(8, 18).slice(0, -1) : null,
        source: a() < 0.5 ? '晚报讯' : null,
        bylines,
        paragraphs,
        date,
      };
    },
  };
}
