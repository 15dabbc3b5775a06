/**
 * Deciding whether a short run of Han characters is a person's name. Bylines and photo
 * credits carry names without any other marker (…休憩场所。翟慧勇), so the surname is the
 * strongest evidence we have; without it, words like 手记 in 记者手记 would pass as names.
 */

// The ~300 most common single-character surnames in mainland China, then compound ones.
const SINGLE_SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐匡鞠揭利郁植钮储洪宣迟旷封居戈扈冀浦习支糜茅仝郜练諸诸芮钦冒缪蔺晁荀柏帅郦衡宿鄢訾邝蓟奚厉' +
      // Traditional forms of common surnames, met in OCR of traditional-character pages.
      '陳張劉黃趙吳楊鄭許鄧蕭葉蘇盧錢孫馬馮韓鍾譚陸羅謝龔顧賴湯蔣魏閻',
  ),
);
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '尉迟',
  '公孙',
  '夏侯',
  '端木',
  '长孙',
  '宇文',
  '司徒',
  '独孤',
  '南宫',
  '西门',
  '申屠',
  '闻人',
];

/** Two-character words that start with a surname character but are common vocabulary. */
const NOT_NAMES = new Set([
  // 评论员文章: the label over an editorial, not 评论员 plus a name.
  '文章',
  '记者',
  '通讯',
  '编辑',
  '摄影',
  '图片',
  '文字',
  '新闻',
  '时间',
  '和谐',
  '高温',
  '高速',
  '全市',
  '全省',
  '全国',
  '明天',
  '明年',
  '成功',
  '成为',
  '向前',
  '方面',
  '方式',
  '石头',
  '金融',
  '安全',
  '江苏',
  '上海',
  '南通',
  '常州',
  '于是',
  '连续',
  '路上',
  '车站',
  '商场',
  '商业',
  '乐园',
  '华东',
  '龙头',
  '林业',
  '宁波',
  '齐心',
  '任务',
  '关于',
  '关注',
  '余下',
  '应对',
  '司法',
  '马路',
  '黄金',
]);

const HAN_RUN = /^\p{Script=Han}+$/u;

/**
 * Rarer surnames (百家姓 and modern ones, 巨 as in 巨云鹏): accepted only after a printed role
 * word (本报记者  巨云鹏), where the role already says a name follows. A bare name needs a common
 * surname, since bare Han runs are usually words.
 */
const RARE_SURNAMES = new Set(
  Array.from(
    '巨麻敬寿禹区展晋隆竺厍弓鄂勾融阚那毋乜养须丰巢蒯相查后荆红权逯盖益桓代但苑逄郗粟户卿侍暴琚续佴楚过门索母银危帖智玉蔚越夔隗谈郇郜冼逢綦鲜於闾慎镇钭雍郤璩濮牧隆厉戎祖' +
      '伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东殴殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公',
  ),
);

/** 本报记者  巨云鹏: after a printed role word a rarer surname is enough. */
export function isNameAfterRole(raw: string): boolean {
  if (isPersonName(raw)) return true;
  const name = raw.replace(/\s+/gu, '');
  const chars = Array.from(name);
  if (!HAN_RUN.test(name) || chars.length < 2 || chars.length > 4) return false;
  if (NOT_NAMES.has(name) || NOT_NAMES.has(chars.slice(0, 2).join(''))) return false;
  return RARE_SURNAMES.has(chars[0] ?? '');
}
/**
 * True for 2–4 Han characters starting with a known surname (2–5 for compound surnames), or a
 * transliterated name joined with a middle dot (阿卜杜·热合曼). Spaces inside are ignored, since
 * two-character names are often printed with a gap (陆 薇).
 */
export function isPersonName(raw: string): boolean {
  const name = raw.replace(/\s+/gu, '');
  if (/^\p{Script=Han}{1,8}[·\u30FB•]\p{Script=Han}{1,8}$/u.test(name)) return true;
  if (!HAN_RUN.test(name)) return false;
  const chars = Array.from(name);
  if (chars.length < 2 || chars.length > 5) return false;
  if (NOT_NAMES.has(name) || NOT_NAMES.has(chars.slice(0, 2).join(''))) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return chars.length >= 3;
  if (chars.length > 4) return false;
  return SINGLE_SURNAMES.has(chars[0] ?? '');
}
