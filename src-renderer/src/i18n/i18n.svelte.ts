import type { Lang } from '../../../src-main/result';
import { en, zh, type StringKey } from './strings';

const STORAGE_KEY = 'jianbao.lang';

/** The UI language, Chinese unless the editor chose English; remembered across starts. */
class Locale {
  current = $state<Lang>(localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh');

  toggle(): void {
    this.current = this.current === 'zh' ? 'en' : 'zh';
    localStorage.setItem(STORAGE_KEY, this.current);
    document.documentElement.lang = this.current === 'zh' ? 'zh-CN' : 'en';
  }
}

export const locale = new Locale();

export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  const text = (locale.current === 'zh' ? zh : en)[key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
