/**
 * Redaction for the unmatched inbox: what an operator may read of a message that matched no intent.
 * Errs towards removing too much. Runs on NFKC text so full-width digits (０９０…) and letters are caught,
 * and so identical messages typed in different widths count as one inbox entry.
 * Order matters: URLs and e-mail addresses contain digits and @; phone numbers and postal codes are digit runs
 * with a recognisable shape, so they are named before the generic digit-run rule sweeps what is left.
 */
export const REDACTED = {
  url: '〔URL〕',
  email: '〔メール〕',
  lineId: '〔ID〕',
  postal: '〔郵便番号〕',
  phone: '〔電話番号〕',
  address: '〔住所〕',
  digits: '〔数字〕',
  name: '〔名前〕',
  school: '〔学校名〕',
  company: '〔会社名〕',
} as const;

/** Longest text kept in the inbox; a worry is rarely longer and a long text carries more identifying detail. */
export const REDACT_MAX_CHARS = 400;

const URL = /\b(?:https?:\/\/|www\.)[^\s]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|jp|io|me|info)\b(?:\/[^\s]*)?/giu;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
// "LINE ID: taro_123", "ラインのIDはtaro.99", "@taro123", and any handle mixing letters and digits.
const LINE_ID = /(?:line|ライン|らいん)?\s*(?:の\s*)?(?<![a-z])(?:id|アイディー?)(?:\s*[:=は]\s*|\s+)[a-z0-9._-]{3,}/giu;
const HANDLE = /@[a-z0-9._-]{2,}/giu;
// "LINE: tarotaro", "ラインはhanako": a handle named by the app, even without digits.
const APP_HANDLE = /(?<![a-z])(?:line|ライン|らいん|インスタ|insta|instagram|twitter|ツイッター|x|tiktok|discord)\s*(?:[:=]|は)\s*[a-z0-9._-]{3,}/giu;
// hanako_desu, taro.yamada: handles are the only everyday words with _ or . between letters.
const DOTTED_TOKEN = /\b[a-z0-9]+(?:[_.][a-z0-9]+)+\b/giu;
const MIXED_TOKEN = /\b(?=[a-z0-9._-]*\d)(?=[a-z0-9._-]*[a-z])[a-z0-9._-]{4,}\b/giu;
const POSTAL = /〒\s*\d{3}\s*[-ー−]?\s*\d{4}|(?<![\d\-ー−])\d{3}[-ー−]\d{4}(?![\d\-ー−])/gu;
// 090-1234-5678, 03 1234 5678, 03(1234)5678, +81 90…: a 0 or +81, then 8–11 more digits with light separators
// (people type ー or − for hyphens on phone keyboards).
const PHONE = /(?<!\d)(?:\+81|0)(?:[\s().\-ー−‐‑–—]{0,2}\d){8,11}(?!\d)/gu;
const PREFECTURE = '(?:東京都|北海道|(?:大阪|京都)府|[\\p{Script=Han}]{2,3}県)';
const MUNICIPALITY = '(?:[\\p{Script=Han}\\p{Script=Katakana}ヶ]{1,6}[市区町村郡])';
const NUM = '[0-9一二三四五六七八九十〇]+';
// A block number needs a marker (丁目, 番地, 号, or hyphens), so 区役所3回 is not an address.
const BLOCK = `(?:${NUM}(?:丁目|番地|番|号)(?:${NUM}(?:番地|番|号|-)?)*|\\d+(?:-\\d+)+)`;
// What follows a city or ward: town name, then block numbers. Cities themselves are not identifying; the rest is.
const STREET = new RegExp(`(${PREFECTURE}?${MUNICIPALITY}{1,2})([\\p{Script=Han}\\p{Script=Katakana}ヶ々]{0,8}${BLOCK})`, 'gu');
const LOOSE_BLOCK = new RegExp(`${NUM}丁目(?:${NUM}(?:番地|番|号|-)?)*|(?<=\\p{Script=Han})\\d+(?:-\\d+)+|\\d+(?:-\\d+){2,}`, 'gu');
const DIGIT_RUN = /#?\d{3,}/gu;
// 〇九〇一二三四… : numbers spelled digit by digit in kanji (四六時中 and 一二 stay: runs of three or more only).
const KANJI_DIGIT_RUN = /[〇一二三四五六七八九]{3,}/gu;
// Public short numbers say which line someone tried, not who they are: 110, 119, 189 and the national #-codes.
// Only the known codes: any other "#" + digits could be a personal number written with a stray hash.
const PUBLIC_SHORT = /^(?:110|119|189|118|171|188|#(?:7119|8000|8008|8103|8891|9110|9999))$/u;

// A named school (東中学校, さくら小, ○○高校, 青山学院): the name before the kind of school. 中学生/大学院 are people and
// places in general, and 私立/県立/地元… say nothing of which school.
const SCHOOL = /([\p{Script=Han}\p{Script=Katakana}ー々ヶ]{1,8})(小学校|中学校|高等学校|義務教育学校|高校|中学|小学|大学|短大|高専|学園|学院|幼稚園|保育園|こども園)(?![生院])/gu;
const GENERIC_SCHOOL = /^(?:(?:私|公|国|県|都|府|道|市|区|町|村)立|近所の?|地元|志望|第[一二三]志望|同じ|別の?|附属|付属|名門|進学|底辺|定時制|通信制|夜間|女子|男子|共学|新|元|前|今の?|うちの?|ウチ|娘|息子|子供|子ども|こども|小|中|高|大|短|専門|看護|音楽|美術|体育|医科|工業|商業|農業)$/u;
// Hiragana school names (ひまわり保育園, さくら小学校) after a boundary; a stem ending in a particle (その, あの,
// いまの) is a phrase, not a name.
const KANA_SCHOOL = /(^|[、。\s!?はがのにでともを])(?![のにはがをでとも])([\p{Script=Hiragana}]{2,6})(小学校|中学校|高校|学園|幼稚園|保育園|こども園)(?![生院])/gu;
const PARTICLE_END = /[のにはがをでともへやかねよ]$/u;
// A named company: 株式会社○○ / ○○株式会社 / (株)○○ / 有限会社○○ and the like.
const COMPANY = /(?:株式会社|有限会社|合同会社|\(株\)|\(有\))\s?[\p{Script=Han}\p{Script=Katakana}ー々a-z0-9&・]{1,15}|[\p{Script=Han}\p{Script=Katakana}ー々a-z0-9&・]{1,15}\s?(?:株式会社|有限会社|合同会社|\(株\)|\(有\))/giu;

const HONORIFIC = '(?:さん|さま|様|くん|君|ちゃん|先生)';
const LATIN_NAME = /\b([a-z]{2,12})[- ](?:san|sama|kun|chan)\b/giu;
const NAME = new RegExp(`([\\p{Script=Han}々]{1,5}|[\\p{Script=Katakana}ー]{2,8}|[a-z]{2,12})${HONORIFIC}`, 'giu');
// Hiragana names (ゆうきくん) only with くん/ちゃん and after a particle or the start, where a word boundary is known;
// hiragana before さん/さま is mostly not a name (たくさん, おつかれさま).
const KANA_NAME = /(^|[のとがはにも、。\s])([\p{Script=Hiragana}]{2,4})(?:くん|ちゃん)/gu;

/** Kinship and role words that take an honorific but name nobody. Compared as stem + honorific. */
const NOT_NAMES = new Set([
  'お母', 'お父', '母', '父', 'お兄', 'お姉', '兄', '姉', '奥', '旦那', 'お嫁', '嫁', '息子', '娘', '赤', 'お客', '客',
  '皆', 'みな', 'お医者', '医者', '看護師', '大家', '店員', '神', '王', '仏', '担任', '校長', '教頭', '主治医', '先輩',
  '後輩', '隣', 'お隣', '近所', 'ご近所', 'ケアマネ', 'ヘルパー', 'ママ', 'パパ', 'おば', 'おじ', 'おばあ', 'おじい',
  'ばあ', 'じい', 'お婆', 'お爺', '婆', '爺', 'おかあ', 'おとう', 'おにい', 'おねえ', 'にい', 'ねえ', 'かあ', 'とう',
  'あか', '相談員', '職員', '役所', '警察', 'お巡り', '運転手', '彼', '彼女', 'ご主人', '主人', 'お姑', '姑', 'お舅',
  '義母', '義父', '叔母', '叔父', '伯母', '伯父', '祖母', '祖父', '孫', '友達', '友', '同僚', '上司', '部長', '課長',
  '社長', '弁護士', '保健師', '学校', '塾', '保育園', '病院', 'お子', '子', '女の子', '男の子', '苦労', '世話', '馳走',
  '陰', '愁傷', '殿', '母さん', '父さん', '兄さん', '姉さん', 'お客', '自分', '私', '俺', '僕', 'あたし',
]);

function isRoleWord(stem: string): boolean {
  if (NOT_NAMES.has(stem)) return true;
  // A longer run that ends in a role word (うちの母さん → 母, 会社の上司さん → 上司); single characters only
  // as whole stems, since many given names end in 子 or 美.
  for (const word of NOT_NAMES) if (word.length >= 2 && stem.endsWith(word)) return true;
  return false;
}

function redactNames(text: string): string {
  return text
    .replace(LATIN_NAME, (m: string, stem: string) => REDACTED.name + m.slice(stem.length))
    .replace(NAME, (m: string, stem: string) => (isRoleWord(stem) ? m : REDACTED.name + m.slice(stem.length)))
    .replace(KANA_NAME, (m: string, before: string, stem: string) =>
      (isRoleWord(stem) ? m : before + REDACTED.name + m.slice(before.length + stem.length)));
}

/** The redacted text, NFKC-normalised, whitespace collapsed, at most REDACT_MAX_CHARS characters. */
export function redact(text: string): string {
  let s = text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  s = s.replace(EMAIL, REDACTED.email).replace(URL, REDACTED.url).replace(HANDLE, REDACTED.lineId);
  // Phones before postal codes: 090-1234ー5678 holds a postal-code shape; a postal code is too short to be a phone.
  s = s.replace(APP_HANDLE, REDACTED.lineId).replace(LINE_ID, REDACTED.lineId).replace(PHONE, REDACTED.phone).replace(POSTAL, REDACTED.postal);
  s = s.replace(STREET, (_m, city: string) => city + REDACTED.address).replace(LOOSE_BLOCK, REDACTED.address);
  s = s.replace(MIXED_TOKEN, REDACTED.lineId).replace(DOTTED_TOKEN, REDACTED.lineId);
  s = s.replace(DIGIT_RUN, (m) => (PUBLIC_SHORT.test(m) ? m : REDACTED.digits)).replace(KANJI_DIGIT_RUN, REDACTED.digits);
  s = s.replace(COMPANY, REDACTED.company)
    .replace(SCHOOL, (m: string, stem: string) => (GENERIC_SCHOOL.test(stem) ? m : REDACTED.school))
    .replace(KANA_SCHOOL, (m: string, before: string, stem: string) => (PARTICLE_END.test(stem) ? m : before + REDACTED.school));
  s = redactNames(s);
  return Array.from(s).slice(0, REDACT_MAX_CHARS).join('');
}
