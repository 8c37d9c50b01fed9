import { Alert, Button, Heading1, Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../api/client';
import type { Language } from '../api/session';
import { type MessageKey, useLanguage, useT } from '../i18n/i18n';

export interface NavItem {
  href: string;
  label: MessageKey;
  badge?: number;
}

/** The frame of every page: skip link, header with the menu, the language switch and sign-out, the page, the footer. */
export function Shell(props: { nav: NavItem[]; onSignOut?: () => void; onLanguage: (l: Language) => void; children: ReactNode }) {
  const t = useT();
  const { lang } = useLanguage();
  const [location] = useLocation();
  const other: Language = lang === 'nl' ? 'en' : 'nl';
  return (
    <Page>
      <SkipLink href="#main">{t('shell.skip')}</SkipLink>
      <PageHeader>
        <div className="utrecht-page-header__content">
        <div className="sb-header">
          <Link href="/" className="sb-brand">
            Startbaan
          </Link>
          <div className="sb-header-actions">
            <Button appearance="subtle-button" lang={other} onClick={() => props.onLanguage(other)}>
              {other === 'en' ? 'English' : 'Nederlands'}
            </Button>
            {props.onSignOut && (
              <Button appearance="secondary-action-button" onClick={props.onSignOut}>
                {t('shell.signOut')}
              </Button>
            )}
          </div>
        </div>
        {props.nav.length > 0 && (
          <nav className="sb-nav" aria-label={t('shell.menu')}>
            <ul>
              {props.nav.map((n) => {
                const current = n.href === '/' ? location === '/' : location === n.href || location.startsWith(`${n.href}/`);
                return (
                  <li key={n.href}>
                    <Link href={n.href} className="utrecht-link" aria-current={current ? 'page' : undefined}>
                      {t(n.label)}
                      {n.badge ? ` (${n.badge})` : ''}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
        </div>
      </PageHeader>
      <PageContent>
        <main id="main" className="sb-main" tabIndex={-1}>
          {props.children}
        </main>
      </PageContent>
      <PageFooter>
        <div className="utrecht-page-footer__content">
          <Paragraph>{t('shell.footer')}</Paragraph>
        </div>
      </PageFooter>
    </Page>
  );
}

/** The page's one h1; it names the browser tab and takes the focus after a client-side move, so a screen reader hears the new page. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const [location] = useLocation();
  useEffect(() => {
    document.title = `${title} · Startbaan`;
  }, [title]);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement?.closest('nav, .sb-header')) ref.current?.focus({ preventScroll: true });
  }, [location]);
  return (
    <Heading1 ref={ref} tabIndex={-1}>
      {children}
    </Heading1>
  );
}

export function Loading() {
  const t = useT();
  return (
    <Paragraph role="status" aria-live="polite">
      {t('common.loading')}
    </Paragraph>
  );
}

export function LoadError({ error }: { error: unknown }) {
  const t = useT();
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{notFound ? t('common.notFound') : t('common.loadError')}</Paragraph>
    </Alert>
  );
}

/**
 * A short confirmation after an action, read out by screen readers. It takes the focus: the
 * button that was pressed is often gone with the step it belonged to, and a keyboard user goes
 * on from the message rather than from the top of the page.
 */
export function Done({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [children]);
  return (
    <div ref={ref} tabIndex={-1} className="sb-done">
      <Alert type="ok" role="status">
        <Paragraph>{children}</Paragraph>
      </Alert>
    </div>
  );
}
