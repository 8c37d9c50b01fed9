import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import type { Language } from '../api/session';
import nl from './nl.json';

/** Every message id: the Dutch catalogue is the reference (a unit test keeps en.json in step). */
export type MessageKey = keyof typeof nl;
type Catalogue = Record<MessageKey, string>;

/** Dutch is built in; English is fetched when first chosen (it is not on the first page's budget). */
const loadEnglish = (): Promise<Catalogue> => import('./en.json').then((m) => m.default as Catalogue);

/** Dates and numbers: Dutch as nl-NL; English readers get British English conventions, with euros. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

interface LanguageContext {
  lang: Language;
  setLang: (lang: Language) => void;
}

const Ctx = createContext<LanguageContext>({ lang: 'nl', setLang: () => undefined });

export function I18nProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initial);
  const [en, setEn] = useState<Catalogue | null>(null);
  useEffect(() => setLangState(initial), [initial]);
  useEffect(() => {
    if (lang === 'en' && !en) void loadEnglish().then(setEn);
    document.documentElement.lang = lang;
  }, [lang, en]);
  const setLang = useCallback((l: Language) => setLangState(l), []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  // Until English has arrived, Dutch stays on screen (no flash of message ids).
  const shown: Language = lang === 'en' && en ? 'en' : 'nl';
  return (
    <Ctx.Provider value={value}>
      <IntlProvider locale={LOCALES[shown]} messages={shown === 'en' && en ? en : (nl as Catalogue)} defaultLocale="nl-NL">
        {children}
      </IntlProvider>
    </Ctx.Provider>
  );
}

export const useLanguage = (): LanguageContext => useContext(Ctx);

export type Values = Record<string, string | number | Date | ReactNode>;

/** The translate function of the page's language. */
export function useT(): (id: MessageKey, values?: Values) => string {
  const intl = useIntl();
  return useCallback((id: MessageKey, values?: Values) => intl.formatMessage({ id }, values as Record<string, string>) as string, [intl]);
}

/** Formats for the page's language: dates, money, numbers. */
export function useFormat() {
  const intl = useIntl();
  return useMemo(
    () => ({
      date: (iso: string | null | undefined) => (iso ? intl.formatDate(iso.length === 10 ? `${iso}T12:00:00` : iso, { day: 'numeric', month: 'long', year: 'numeric' }) : ''),
      dateTime: (iso: string | null | undefined) =>
        iso ? intl.formatDate(iso, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }) : '',
      money: (n: number | null | undefined) => (n == null ? '' : intl.formatNumber(n, { style: 'currency', currency: 'EUR' })),
      number: (n: number | null | undefined) => (n == null ? '' : intl.formatNumber(n)),
    }),
    [intl],
  );
}
