import { appStore, useAppStore } from '../store/store';
import { t } from '../i18n/strings';

export function LanguageSwitch() {
  const lang = useAppStore((s) => s.lang);
  return (
    <div className="lang-switch" role="group" aria-label={t(lang, 'language')}>
      <button
        type="button"
        lang="zh"
        aria-pressed={lang === 'zh'}
        onClick={() => appStore.getState().setLang('zh')}
      >
        中文
      </button>
      <button
        type="button"
        lang="en"
        aria-pressed={lang === 'en'}
        onClick={() => appStore.getState().setLang('en')}
      >
        English
      </button>
    </div>
  );
}
