import { Suspense, lazy } from 'react';
import { Route, Switch } from 'wouter';
import { Loading } from '../ui/layout';

/**
 * The youth's own pages: public, no account. One chunk for the routes, one per page, so a youth
 * on a phone loads the programme list first and the sign-up form when choosing a programme.
 */
const Programmes = lazy(() => import('./JoinProgrammes'));
const SignUp = lazy(() => import('./SignUp'));
const VogForYouth = lazy(() => import('./VogForYouth'));

export default function JoinRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/join" component={Programmes} />
        <Route path="/join/vog/:kind">{(p) => <VogForYouth kind={p.kind} />}</Route>
        <Route path="/join/:id">{(p) => <SignUp id={p.id} />}</Route>
      </Switch>
    </Suspense>
  );
}
