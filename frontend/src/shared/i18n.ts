import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en, zh } from './locales';

export type Lang = 'zh' | 'en';
export const LANG_KEY = 'bb.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
});

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // storage unavailable: the choice lasts for this page only
  }
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

/** The current language and a picker between a Chinese and an (optional) English text. */
export function useLang() {
  const { t, i18n: inst } = useTranslation();
  const lang: Lang = inst.language === 'en' ? 'en' : 'zh';
  const pick = (zhText: string | null | undefined, enText?: string | null): string =>
    lang === 'en' && enText ? enText : (zhText ?? enText ?? '');
  return { t, lang, pick };
}

export default i18n;
