import { Foundation1795426329098 } from './1795426329098-Foundation.js';
import { Youth1795600000000 } from './1795600000000-Youth.js';
import { Employers1795700000000 } from './1795700000000-Employers.js';
import { Matching1795800000000 } from './1795800000000-Matching.js';
import { Proposals1795900000000 } from './1795900000000-Proposals.js';
import { Placements1796000000000 } from './1796000000000-Placements.js';
import { MatchingYouths1796100000000 } from './1796100000000-MatchingYouths.js';
import { PlacementFollowThrough1796200000000 } from './1796200000000-PlacementFollowThrough.js';
import { VacancyStatusTimes1796340000000 } from './1796340000000-VacancyStatusTimes.js';
import { Programmes1796400000000 } from './1796400000000-Programmes.js';
import { OpenIntake1796500000000 } from './1796500000000-OpenIntake.js';
import { ProgrammeMonitoring1796600000000 } from './1796600000000-ProgrammeMonitoring.js';
import { ProposeOnce1796700000000 } from './1796700000000-ProposeOnce.js';
import { ProposalMessages1796750000000 } from './1796750000000-ProposalMessages.js';
import { EmployerPseudonyms1796800000000 } from './1796800000000-EmployerPseudonyms.js';
import { LeastPrivilege1796900000000 } from './1796900000000-LeastPrivilege.js';
import { JobsCarryIds1797000000000 } from './1797000000000-JobsCarryIds.js';
import { VacancySbiCode1797100000000 } from './1797100000000-VacancySbiCode.js';
import { OutboxNotify1797160000000 } from './1797160000000-OutboxNotify.js';
import { ProgrammeChoicesFollowEnlisting1797200000000 } from './1797200000000-ProgrammeChoicesFollowEnlisting.js';
import { MonitoringCellKeys1797300000000 } from './1797300000000-MonitoringCellKeys.js';
import { PasswordReset1797400000000 } from './1797400000000-PasswordReset.js';
import { Pc4MunicipalityNames1797530000000 } from './1797530000000-Pc4MunicipalityNames.js';

/** Every migration, in order. `npm run migration:generate` appends new ones here. */
export const MIGRATIONS: (new () => unknown)[] = [
  Foundation1795426329098,
  Youth1795600000000,
  Employers1795700000000,
  Matching1795800000000,
  Proposals1795900000000,
  Placements1796000000000,
  MatchingYouths1796100000000,
  PlacementFollowThrough1796200000000,
  VacancyStatusTimes1796340000000,
  Programmes1796400000000,
  OpenIntake1796500000000,
  ProgrammeMonitoring1796600000000,
  ProposeOnce1796700000000,
  ProposalMessages1796750000000,
  EmployerPseudonyms1796800000000,
  LeastPrivilege1796900000000,
  JobsCarryIds1797000000000,
  VacancySbiCode1797100000000,
  OutboxNotify1797160000000,
  ProgrammeChoicesFollowEnlisting1797200000000,
  MonitoringCellKeys1797300000000,
  PasswordReset1797400000000,
  Pc4MunicipalityNames1797530000000,
];
