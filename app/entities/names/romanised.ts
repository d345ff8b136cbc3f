// East Asian names as the news romanises them, a surname first: `Cheng Chung-tai`, `Hwang Hee-Chan` (the given name
// hyphenated), `Xi Jinping`, `Li Qiang`, `Wang Yi` (a Chinese surname, then a given name of pinyin syllables).
import { isEnglishWord } from './english-words.ts';
import { isFirstName } from './first-names.ts';
import { foldWord } from './fold.ts';

/** The most frequent Chinese surnames in pinyin (those of one syllable that news writes most). */
const CHINESE_SURNAMES = new Set(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
  liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
  yao fang jin dai tan jia xia fu fan qian bai kong mao qin xi hou shi wen lei lai duan hao kang yin gu meng qiu zou xiong
  xue yan wan geng bo hua`.split(/\s+/u));

/** One or two pinyin syllables, without tones: `jinping`, `qiang`, `yi`, `shouwen`. */
const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ong|ian|iao|ing|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)){1,2}$/u;

/** Whether two capitalised words are a romanised East Asian name, surname first. */
export function romanisedName(first: string, second: string): boolean {
  // The given name hyphenated (not `Espace Paul-Jargot`: a Western given name in the compound).
  const hyphenated = /^(\p{Lu}\p{Ll}{1,5})-\p{L}\p{Ll}{1,5}$/u.exec(second);
  if (hyphenated) return /^\p{Lu}\p{Ll}{1,5}$/u.test(first) && !isFirstName(foldWord(hyphenated[1]!));
  // (Not `Ma Long`-like pairs of English words, nor `He Said`.)
  const given = second.toLowerCase();
  return /^\p{Lu}\p{Ll}{1,4}$/u.test(first) && CHINESE_SURNAMES.has(first.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(second) && PINYIN.test(given) && !isEnglishWord(given) && !isFirstName(given);
}
