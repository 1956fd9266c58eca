import { isStaffRole } from '@kopa/protocol';
import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch, useLocation, useRoute } from 'wouter';
import { LoginPage } from '../auth/LoginPage';
import { I18nProvider } from '../i18n/I18nProvider';
import { useT } from '../i18n/use-t';
import { ControlSocketProvider } from '../live/ControlSocketProvider';
import { LiveLayer } from '../live/LiveLayer';
import { LiveSessionProvider } from '../live/LiveSessionProvider';
import { SessionProvider } from '../session/SessionProvider';
import { useSession } from '../session/use-session';
import { DocumentTitle } from './DocumentTitle';
import { HomePage } from '../spaces/HomePage';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { Spinner } from '../ui/Spinner';
import './App.css';

// The editor (Lexical, Yjs) loads only when a document is opened: login and home stay light.
const loadDocumentPage = () => import('../editor/DocumentPage');
const DocumentPage = lazy(loadDocumentPage);
// A blog post being written and reviewed: the editor, plus history and authorship.
const loadPostPage = () => import('../blog/PostPage');
const PostPage = lazy(loadPostPage);
// A board (canvas or wall): its canvas, tools and Yjs load only when one is opened.
const loadBoardPage = () => import('../board/BoardPage');
const BoardPage = lazy(loadBoardPage);
// The print view of login cards brings the QR code library along.
const LoginCardsPage = lazy(() => import('../pupils/LoginCardsPage'));
// Pages a pupil opens now and then, and teachers' tools, load when first visited.
const TeamsPage = lazy(() => import('../teams/TeamsPage').then((module) => ({ default: module.TeamsPage })));
const SpacePage = lazy(() => import('../spaces/SpacePage').then((module) => ({ default: module.SpacePage })));
const MobilitiesPage = lazy(() => import('../mobilities/MobilitiesPage').then((module) => ({ default: module.MobilitiesPage })));
const PupilsPage = lazy(() => import('../pupils/PupilsPage').then((module) => ({ default: module.PupilsPage })));
const PartnershipPage = lazy(() => import('../partnerships/PartnershipPage').then((module) => ({ default: module.PartnershipPage })));
const AdminPage = lazy(() => import('../partnerships/AdminPage').then((module) => ({ default: module.AdminPage })));
const JoinPage = lazy(() => import('../partnerships/JoinPage').then((module) => ({ default: module.JoinPage })));
const BlogPage = lazy(() => import('../blog/reader/BlogPage').then((module) => ({ default: module.BlogPage })));
// Reading a post draws it with Lexical: that code comes along only here.
const loadPostReaderPage = () => import('../blog/reader/PostReaderPage');
const PostReaderPage = lazy(() => loadPostReaderPage().then((module) => ({ default: module.PostReaderPage })));
const ModerationPage = lazy(() => import('../moderation/ModerationPage').then((module) => ({ default: module.ModerationPage })));
// The inventory of good practices: searching it, one practice, and the teachers' form.
const PracticesPage = lazy(() => import('../practices/PracticesPage').then((module) => ({ default: module.PracticesPage })));
const PracticePage = lazy(() => import('../practices/PracticePage').then((module) => ({ default: module.PracticePage })));
const PracticeFormPage = lazy(() => import('../practices/PracticeFormPage').then((module) => ({ default: module.PracticeFormPage })));
// The partnership's glossary.
const GlossaryPage = lazy(() => import('../glossary/GlossaryPage').then((module) => ({ default: module.GlossaryPage })));

/**
 * The heavy pages by the paths that show them. Opened straight from a link (one shared in class, a
 * reload), such a page's code starts loading with the app, alongside the session check: otherwise it
 * would wait for the session's answer, one more round trip on a slow connection.
 */
const HEAVY_PAGES: [RegExp, () => Promise<unknown>][] = [
  [/^\/items\/[^/]+$/, loadDocumentPage],
  [/^\/posts\/[^/]+$/, loadPostPage],
  [/^\/boards\/[^/]+$/, loadBoardPage],
  [/^\/blog\/[^/]+$/, loadPostReaderPage],
];

// A failure shows where the page is rendered (its lazy import asks again); here it is only early.
HEAVY_PAGES.find(([pattern]) => pattern.test(window.location.pathname))?.[1]().catch(() => undefined);

export function App() {
  return (
    <I18nProvider>
      <DocumentTitle />
      <SessionProvider>
        <Routes />
      </SessionProvider>
    </I18nProvider>
  );
}

function Routes() {
  const t = useT();
  const { session } = useSession();
  const [location] = useLocation();
  const [joining, invite] = useRoute('/join/:token');

  if (session.status === 'loading') return <Spinner label={t('app.loading')} />;
  if (session.status === 'unreachable') {
    return (
      <main className="app-unreachable">
        <Banner tone="error" action={<Button onClick={session.retry}>{t('error.retry')}</Button>}>
          {t('error.network')}
        </Banner>
      </main>
    );
  }
  // An invite link opens for anyone, signed in or not.
  if (joining) {
    return (
      <Suspense fallback={<Spinner label={t('app.loading')} />}>
        <JoinPage token={invite.token} />
      </Suspense>
    );
  }
  if (session.status === 'signed-out') {
    if (location === '/login') return <LoginPage />;
    return <Redirect to={`/login?next=${encodeURIComponent(location)}`} replace />;
  }

  return (
    <ControlSocketProvider key={session.me.id}>
      {/* Live lessons: the invitation, the panel and following the host, on every page. */}
      <LiveSessionProvider>
        <Suspense fallback={<Spinner label={t('app.loading')} />}>
          <Switch>
            <Route path="/login">
              <AfterLogin />
            </Route>
            <Route path="/items/:itemId">{(params) => <DocumentPage itemId={params.itemId} />}</Route>
            <Route path="/boards/:itemId">{(params) => <BoardPage itemId={params.itemId} key={params.itemId} />}</Route>
            <Route path="/posts/:id">{(params) => <PostPage itemId={params.id} key={params.id} />}</Route>
            <Route path="/spaces/:spaceId">{(params) => <SpacePage spaceId={params.spaceId} />}</Route>
            <Route path="/mobilities">
              <MobilitiesPage />
            </Route>
            <Route path="/blog/:id">{(params) => <PostReaderPage itemId={params.id} key={params.id} />}</Route>
            <Route path="/blog">
              <BlogPage />
            </Route>
            <Route path="/practices/new">
              <PracticeFormPage />
            </Route>
            <Route path="/practices/:id/edit">{(params) => <PracticeFormPage practiceId={params.id} key={params.id} />}</Route>
            <Route path="/practices/:id">{(params) => <PracticePage practiceId={params.id} key={params.id} />}</Route>
            <Route path="/practices">
              <PracticesPage />
            </Route>
            <Route path="/glossary">
              <GlossaryPage />
            </Route>
            <Route path="/moderation">{isStaffRole(session.me.role) ? <ModerationPage /> : <Redirect to="/blog" replace />}</Route>
            <Route path="/pupils/cards">
              <LoginCardsPage />
            </Route>
            <Route path="/pupils">
              <PupilsPage />
            </Route>
            <Route path="/teams">
              <TeamsPage />
            </Route>
            <Route path="/partnership">
              <PartnershipPage />
            </Route>
            <Route path="/admin">{session.me.isAdmin ? <AdminPage /> : <Redirect to="/" replace />}</Route>
            <Route path="/">
              {/* The instance administrator belongs to no partnership: their home is the administration. */}
              {session.me.isAdmin && !session.me.partnershipId ? <Redirect to="/admin" replace /> : <HomePage />}
            </Route>
            <Route>
              <Redirect to="/" replace />
            </Route>
          </Switch>
        </Suspense>
        <LiveLayer />
      </LiveSessionProvider>
    </ControlSocketProvider>
  );
}

/** Back to where the user was going before the login page, but only within Kopa. */
function AfterLogin() {
  const next = new URLSearchParams(window.location.search).get('next');
  const safe = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return <Redirect to={safe} replace />;
}
