import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DORMANCY_LOOK_BACK_MONTHS, type NetworkEmployer, NetworkService, type NetworkSummary, SUMMARY_LIST_LIMIT } from '@startbaan/employers';
import { ProposalsService, UNANSWERED_SHOWN_DAYS } from '@startbaan/placements';
import { type Actor, CurrentActor, type Page, Roles } from '@startbaan/platform';
import { ApiProblem } from '../responses.js';
import { EmployerQueryDto } from './employers.dto.js';
import { NetworkEmployerPageDto, NetworkSummaryDto } from './network.dto.js';

const forbidden = 'Coaches and employers: the network view is for WSP staff.';

/** The WSP's view of its employer network; read-only, region-scoped. */
@ApiTags('network')
@ApiBearerAuth()
@Roles('wsp_staff', 'admin')
@Controller('network')
export class NetworkController {
  constructor(
    private readonly network: NetworkService,
    private readonly proposals: ProposalsService,
  ) {}

  @Get('employers')
  @ApiOperation({
    summary: 'Employers of the network with their vacancy and VOG figures',
    description:
      'Filters as GET /employers. Each item: id, name, status, sector, locations, accountManager {id, name} or null, ' +
      'vacancies {total, open, lastOpenedAt}, vog {vacancies, asked, share, byBasis {legal_requirement, employer_choice, not_asked}}, ' +
      `dormantSince (no open vacancy for more than ${DORMANCY_LOOK_BACK_MONTHS} months, else null). Cursor pagination.`,
  })
  @ApiOkResponse({ type: NetworkEmployerPageDto })
  @ApiProblem(400, 'A filter out of range: the field and what it allows.')
  @ApiProblem(403, forbidden)
  employers(@CurrentActor() actor: Actor, @Query() q: EmployerQueryDto): Promise<Page<NetworkEmployer>> {
    return this.network.employers(actor, q);
  }

  @Get('summary')
  @ApiOperation({
    summary: 'The network at a glance',
    description:
      'employers {total, byStatus, bySector, byArea (by municipality), byAccountManager, byPc4 (per PC4 area with its position: employers located there, open vacancies there; for a map)}; vacanciesInReview (longest waiting first, with daysWaiting and the vacancy\'s vog); ' +
      `unansweredProposals (past the region's SLA in working days: still waiting, or expired in the last ${UNANSWERED_SHOWN_DAYS} days; each vacancy with its vog); ` +
      `vog (the region's share by basis, and byEmployer); dormant (employers with no open vacancy for ${DORMANCY_LOOK_BACK_MONTHS} months). ` +
      `Lists are {total, items} with at most ${SUMMARY_LIST_LIMIT} items.`,
  })
  @ApiOkResponse({ type: NetworkSummaryDto })
  @ApiProblem(403, forbidden)
  async summary(@CurrentActor() actor: Actor): Promise<NetworkSummary & { unansweredProposals: Awaited<ReturnType<ProposalsService['unansweredPastSla']>> }> {
    const [network, unansweredProposals] = await Promise.all([this.network.summary(actor), this.proposals.unansweredPastSla(actor, SUMMARY_LIST_LIMIT)]);
    return { ...network, unansweredProposals };
  }
}
