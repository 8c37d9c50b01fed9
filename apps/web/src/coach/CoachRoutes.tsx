import { Redirect, Route, Switch } from 'wouter';
import ProgrammePage from './programmes/ProgrammePage';
import Programmes from './programmes/Programmes';
import PlacementPage from './placements/CoachPlacementPage';
import ProposalPage from './proposals/ProposalPage';
import SealedPage from './sealed/SealedPage';
import Suggestions from './suggestions/Suggestions';
import MyYouths from './youths/MyYouths';
import RegisterYouth from './youths/RegisterYouth';
import VacancyPage from './vacancies/VacancyPage';
import YouthPage from './youths/YouthPage';

/** The coach's pages: one chunk, loaded only for coaches. */
export default function CoachRoutes() {
  return (
    <Switch>
      <Route path="/" component={MyYouths} />
      <Route path="/youths/new" component={RegisterYouth} />
      <Route path="/youths/:id/sealed">{(p) => <SealedPage id={p.id} />}</Route>
      <Route path="/youths/:id/suggestions">{(p) => <Suggestions id={p.id} />}</Route>
      <Route path="/youths/:id">{(p) => <YouthPage id={p.id} />}</Route>
      <Route path="/proposals/:id">{(p) => <ProposalPage id={p.id} />}</Route>
      {/* A notice about a proposal links where the employer's portal has it. */}
      <Route path="/candidates/:id">{(p) => <Redirect to={`/proposals/${p.id}`} replace />}</Route>
      <Route path="/placements/:id">{(p) => <PlacementPage id={p.id} />}</Route>
      <Route path="/vacancies/:id">{(p) => <VacancyPage id={p.id} />}</Route>
      <Route path="/programmes" component={Programmes} />
      <Route path="/programmes/:id/youths/:youthId">{(p) => <ProgrammePage id={p.id} youthId={p.youthId} />}</Route>
      <Route>
        <Redirect to="/" replace />
      </Route>
    </Switch>
  );
}
