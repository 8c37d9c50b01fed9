import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect, useSyncExternalStore } from 'react';
import { Redirect, Route, Router, Switch, useLocation, useSearch } from 'wouter';
import { api, ApiError } from '../api/client';
import { type Language, refresh, sessionStore, signOut } from '../api/session';
import { I18nProvider, useLanguage } from '../i18n/i18n';
import { Loading, type NavItem, Shell } from '../ui/layout';
import { WSP_NAV } from '../wsp/nav';

/**
 * Every page is its own chunk: the first page loads only what it shows. A page whose chunk has
 * arrived renders at once instead of suspending (React holds a revealed Suspense boundary back
 * for some 300 ms), and once the first page is shown the others are fetched while the browser
 * is idle, so moving between pages waits for the API only.
 */
function page<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<unknown> | undefined;
  const preload = () => (loading ??= load().then((m) => (loaded = m.default)));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })));
  const Page = (props: P) => {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  };
  PAGES.push(preload);
  return Object.assign(Page, { preload });
}
const PAGES: (() => Promise<unknown>)[] = [];

const SignIn = page(() => import('../auth/SignIn'));
const AcceptInvitation = page(() => import('../auth/AcceptInvitation'));
const ForgotPassword = page(() => import('../auth/ForgotPassword'));
const ResetPassword = page(() => import('../auth/ResetPassword'));
const EmployerHome = page(() => import('../employer/home/EmployerHome'));
const Pledge = page(() => import('../employer/pledge/PledgePage'));
const Vacancies = page(() => import('../employer/vacancies/VacancyList'));
const VacancyDetail = page(() => import('../employer/vacancies/VacancyDetail'));
const VacancyEdit = page(() => import('../employer/vacancies/VacancyEdit'));
const Candidates = page(() => import('../employer/candidates/CandidateInbox'));
const Candidate = page(() => import('../employer/candidates/CandidatePage'));
const Placements = page(() => import('../employer/placements/PlacementList'));
const PlacementPage = page(() => import('../employer/placements/PlacementPage'));
const Notifications = page(() => import('../common/Notifications'));
const Tasks = page(() => import('../common/Tasks'));
const CoachRoutes = page(() => import('../coach/CoachRoutes'));
const Join = page(() => import('../youth/JoinRoutes'));
const WspRoutes = page(() => import('../wsp/WspRoutes'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Others change the same things (the coach, the WSP): a page shows what is cached at once
      // and asks the API again each time it opens.
      staleTime: 0,
      refetchOnWindowFocus: true,
      // A 4xx does not get better by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

const EMPLOYER_NAV: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/vacancies', label: 'nav.vacancies' },
  { href: '/candidates', label: 'nav.candidates' },
  { href: '/placements', label: 'nav.placements' },
  { href: '/notifications', label: 'nav.notifications' },
  { href: '/tasks', label: 'nav.tasks' },
];
const COACH_NAV: NavItem[] = [
  { href: '/', label: 'coach.nav.youths' },
  { href: '/youths/new', label: 'coach.nav.register' },
  { href: '/programmes', label: 'coach.nav.programmes' },
  { href: '/notifications', label: 'nav.notifications' },
  { href: '/tasks', label: 'nav.tasks' },
];

// A new page: the cookie may still hold a session. Asked at once, not after the first render;
// meanwhile the two pages one of which comes next (signing in, the employer's overview) arrive.
if (sessionStore.get().status === 'unknown') {
  void refresh();
  void SignIn.preload();
  void EmployerHome.preload();
}

/** After the first page had its moment (its data asked and shown), not in its way. */
function preloadPagesWhenIdle(): void {
  const all = () => PAGES.forEach((p) => void p());
  setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(all, { timeout: 3000 }) : all()), 2000);
}

export function App() {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  const initial: Language = session.status === 'signed-in' ? (session.claims.lang ?? 'nl') : 'nl';
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initial={initial}>
        <Router base="/app">
          <Routes />
        </Router>
      </I18nProvider>
    </QueryClientProvider>
  );
}

function Routes() {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  const known = session.status !== 'unknown';
  useEffect(() => {
    if (known) preloadPagesWhenIdle();
  }, [known]);
  const { setLang } = useLanguage();
  const client = useQueryClient();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const signedIn = session.status === 'signed-in';

  const changeLanguage = async (l: Language) => {
    setLang(l);
    if (!signedIn) return;
    // The account's language: e-mails follow at once, the API's own texts (the VOG summary) from the next token.
    await api.PUT('/me/language', { body: { language: l } });
    await refresh();
    await client.invalidateQueries();
  };
  const leave = async () => {
    await signOut();
    client.clear();
    navigate('/sign-in');
  };

  const publicPage = (node: ReactNode) => (
    <Shell nav={[]} onLanguage={(l) => void changeLanguage(l)}>
      <Suspense fallback={<Loading />}>{node}</Suspense>
    </Shell>
  );

  // The youth's own sign-up is public whether or not someone is signed in on this browser.
  if (location === '/join' || location.startsWith('/join/')) return publicPage(<Join />);
  if (session.status === 'unknown') return publicPage(<Loading />);

  if (!signedIn) {
    return (
      <Switch>
        <Route path="/sign-in">{publicPage(<SignIn expired={new URLSearchParams(search).has('expired')} />)}</Route>
        <Route path="/invitation">{publicPage(<AcceptInvitation />)}</Route>
        <Route path="/forgot-password">{publicPage(<ForgotPassword />)}</Route>
        <Route path="/reset-password">{publicPage(<ResetPassword />)}</Route>
        <Route>
          <Redirect to={`/sign-in?next=${encodeURIComponent(location + (search ? `?${search}` : ''))}${session.status === 'expired' ? '&expired=1' : ''}`} replace />
        </Route>
      </Switch>
    );
  }

  const employer = session.claims.role === 'employer';
  const coach = session.claims.role === 'coach';
  // An admin is WSP staff who may also invite admins: the same pages.
  return (
    <Shell nav={employer ? EMPLOYER_NAV : coach ? COACH_NAV : WSP_NAV} onSignOut={() => void leave()} onLanguage={(l) => void changeLanguage(l)}>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/sign-in">
            <Redirect to={safeNext(new URLSearchParams(search).get('next'))} replace />
          </Route>
          <Route path="/invitation">
            <Redirect to="/" replace />
          </Route>
          <Route path="/notifications" component={Notifications} />
          <Route path="/tasks" component={Tasks} />
          {employer ? (
            <Switch>
              <Route path="/" component={EmployerHome} />
              <Route path="/pledge" component={Pledge} />
              <Route path="/vacancies" component={Vacancies} />
              <Route path="/vacancies/new">{() => <VacancyEdit id={null} />}</Route>
              <Route path="/vacancies/:id/edit">{(p) => <VacancyEdit id={p.id} />}</Route>
              <Route path="/vacancies/:id">{(p) => <VacancyDetail id={p.id} />}</Route>
              <Route path="/candidates" component={Candidates} />
              <Route path="/candidates/:id">{(p) => <Candidate id={p.id} />}</Route>
              <Route path="/placements" component={Placements} />
              <Route path="/placements/:id">{(p) => <PlacementPage id={p.id} />}</Route>
              <Route>
                <Redirect to="/" replace />
              </Route>
            </Switch>
          ) : coach ? (
            <CoachRoutes />
          ) : (
            <WspRoutes />
          )}
        </Switch>
      </Suspense>
    </Shell>
  );
}

/** Back to where the session ended, but only to a page of the portal. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
