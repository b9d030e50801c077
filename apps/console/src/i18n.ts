import { createContext, useContext } from 'react';

export type Lang = 'zh' | 'en';
/** A user-facing text in both languages: [中文, English]. */
export type Bi = readonly [string, string];

export const LangContext = createContext<Lang>('zh');
export const useLang = (): Lang => useContext(LangContext);

export const pick = (text: Bi, lang: Lang): string => (lang === 'zh' ? text[0] : text[1]);

/**
 * The API writes every message as "中文 / English" (problem titles, details, summaries, signature meanings):
 * show the half in the user's language, or the whole text when it has no such split.
 */
export const half = (text: string | undefined, lang: Lang): string => {
  if (!text) return '';
  const at = text.indexOf(' / ');
  if (at < 0) return text;
  return lang === 'zh' ? text.slice(0, at) : text.slice(at + 3);
};

export const useT = () => {
  const lang = useLang();
  return { lang, t: (text: Bi) => pick(text, lang), h: (text: string | undefined) => half(text, lang) };
};
