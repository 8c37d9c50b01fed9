import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { Loading } from '../ui/layout';

const WspHome = lazy(() => import('./home/WspHome'));
const ReviewQueue = lazy(() => import('./review/ReviewQueue'));
const ReviewVacancy = lazy(() => import('./review/ReviewVacancy'));
const ProgrammeList = lazy(() => import('./programme/ProgrammeList'));
const ProgrammePage = lazy(() => import('./programme/ProgrammePage'));
const MonitoringPage = lazy(() => import('./monitoring/MonitoringPage'));
const NetworkList = lazy(() => import('./network/NetworkList'));
const NetworkSummaryPage = lazy(() => import('./network/NetworkSummaryPage'));
const EmployerPage = lazy(() => import('./network/EmployerPage'));
const OrganisationsPage = lazy(() => import('./organisations/OrganisationsPage'));
const OrganisationPage = lazy(() => import('./organisations/OrganisationPage'));
const RegionSettings = lazy(() => import('./organisations/RegionSettings'));
// WSP staff are the contact person of young people from open intake: the coach's pages serve them.
const ContactProposals = lazy(() => import('../coach/proposals/ContactProposals'));
const ProposalPage = lazy(() => import('../coach/proposals/ProposalPage'));
const PlacementPage = lazy(() => import('../coach/placements/CoachPlacementPage'));

/** The WSP account manager's pages. */
export default function WspRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/" component={WspHome} />
        <Route path="/review" component={ReviewQueue} />
        <Route path="/review/:id">{(p) => <ReviewVacancy id={p.id} />}</Route>
        <Route path="/network" component={NetworkList} />
        <Route path="/network/summary" component={NetworkSummaryPage} />
        <Route path="/network/employers/:id">{(p) => <EmployerPage id={p.id} />}</Route>
        <Route path="/organisations" component={OrganisationsPage} />
        <Route path="/organisations/:id">{(p) => <OrganisationPage id={p.id} />}</Route>
        <Route path="/settings" component={RegionSettings} />
        <Route path="/programmes" component={ProgrammeList} />
        <Route path="/programmes/:id/monitoring">{(p) => <MonitoringPage id={p.id} />}</Route>
        <Route path="/programmes/:id">{(p) => <ProgrammePage id={p.id} />}</Route>
        <Route path="/proposals" component={ContactProposals} />
        <Route path="/proposals/:id">{(p) => <ProposalPage id={p.id} />}</Route>
        {/* A notice about a proposal links where the employer's portal has it. */}
        <Route path="/candidates/:id">{(p) => <Redirect to={`/proposals/${p.id}`} replace />}</Route>
        <Route path="/placements/:id">{(p) => <PlacementPage id={p.id} />}</Route>
        <Route>
          <Redirect to="/" replace />
        </Route>
      </Switch>
    </Suspense>
  );
}
