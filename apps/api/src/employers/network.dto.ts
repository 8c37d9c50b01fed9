import { ApiProperty } from '@nestjs/swagger';
import { EMPLOYER_STATUSES, type EmployerStatus, VOG_BASES, type VogBasis } from '@startbaan/employers';
import { PROPOSAL_STATES, type ProposalState } from '@startbaan/placements';
import { NamedRefDto, NEXT_CURSOR, recordDto } from '../common.dto.js';
import { VacancyVogDto } from './employers.dto.js';

// What the WSP's network view answers (NetworkService builds it; the unanswered proposals come
// from the proposals lib).

/** How many vacancies there are of each VOG basis. */
const VogBasisCountsDto = recordDto('VogBasisCountsDto', VOG_BASES);

/** The VOG figures of a set of vacancies. */
export class VogShareDto {
  @ApiProperty({ type: 'integer' }) vacancies: number;
  @ApiProperty({ type: 'integer', description: 'vacancies that ask a VOG, for any reason' }) asked: number;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1, description: 'asked / vacancies, two decimals; null without vacancies' }) share: number | null;
  @ApiProperty({ type: VogBasisCountsDto }) byBasis: Record<VogBasis, number>;
}

export class NetworkVacancyFiguresDto {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) open: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when a vacancy of the employer last opened' }) lastOpenedAt: string | null;
}

/** One employer in the network view. */
export class NetworkEmployerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: EMPLOYER_STATUSES }) status: EmployerStatus;
  @ApiProperty({ example: 'I', description: 'SBI section letter' }) sector: string;
  @ApiProperty({ type: [String], description: '4-digit postcode areas' }) locations: string[];
  @ApiProperty({ type: NamedRefDto, nullable: true, description: 'the account manager; null: none' }) accountManager: NamedRefDto | null;
  @ApiProperty({ type: NetworkVacancyFiguresDto }) vacancies: NetworkVacancyFiguresDto;
  @ApiProperty({ type: VogShareDto }) vog: VogShareDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'since when it has had no open vacancy, once that is longer than the look-back; else null' })
  dormantSince: string | null;
}

export class NetworkEmployerPageDto {
  @ApiProperty({ type: [NetworkEmployerDto] }) items: NetworkEmployerDto[];
  @ApiProperty(NEXT_CURSOR) nextCursor: string | null;
}

/** How many employers there are of each status. */
const EmployerStatusCountsDto = recordDto('EmployerStatusCountsDto', EMPLOYER_STATUSES);

export class SectorCountDto {
  @ApiProperty({ example: 'I' }) sector: string;
  @ApiProperty() labelNl: string;
  @ApiProperty() labelEn: string;
  @ApiProperty({ type: 'integer' }) employers: number;
}

export class AreaCountDto {
  @ApiProperty() municipality: string;
  @ApiProperty({ type: [String], description: "the municipality's PC4 areas where employers are located" }) pc4s: string[];
  @ApiProperty({ type: 'integer', description: 'an employer counts once in each of its municipalities' }) employers: number;
}

export class AccountManagerCountDto {
  @ApiProperty({ type: NamedRefDto, nullable: true, description: 'null: employers without one' }) accountManager: NamedRefDto | null;
  @ApiProperty({ type: 'integer' }) employers: number;
}

export class Pc4CountDto {
  @ApiProperty({ example: '3072' }) pc4: string;
  @ApiProperty() municipality: string;
  @ApiProperty() lat: number;
  @ApiProperty() lon: number;
  @ApiProperty({ type: 'integer', description: 'employers located there' }) employers: number;
  @ApiProperty({ type: 'integer', description: 'open vacancies there' }) openVacancies: number;
}

export class NetworkEmployerFiguresDto {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: EmployerStatusCountsDto }) byStatus: Record<EmployerStatus, number>;
  @ApiProperty({ type: [SectorCountDto], description: 'most employers first' }) bySector: SectorCountDto[];
  @ApiProperty({ type: [AreaCountDto], description: 'by municipality of the locations, most employers first' }) byArea: AreaCountDto[];
  @ApiProperty({ type: [AccountManagerCountDto] }) byAccountManager: AccountManagerCountDto[];
  @ApiProperty({ type: [Pc4CountDto], description: 'per PC4 area with its position, for a map' }) byPc4: Pc4CountDto[];
}

export class VacancyInReviewDto {
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: VacancyVogDto }) vog: VacancyVogDto;
  @ApiProperty({ type: NamedRefDto }) employer: NamedRefDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'whole days since it was submitted' }) daysWaiting: number | null;
}

export class VacanciesInReviewDto {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: [VacancyInReviewDto], description: 'the longest waiting first' }) items: VacancyInReviewDto[];
}

export class UnansweredVacancyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: VacancyVogDto }) vog: VacancyVogDto;
}

export class UnansweredProposalDto {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ enum: PROPOSAL_STATES, description: 'proposed or viewed (still waiting), or expired' }) state: ProposalState;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiredAt: string | null;
  @ApiProperty({ type: 'integer', description: 'working days from the proposal to now, or to its expiry' }) workingDaysWaiting: number;
  @ApiProperty({ type: UnansweredVacancyDto }) vacancy: UnansweredVacancyDto;
  @ApiProperty({ type: NamedRefDto }) employer: NamedRefDto;
}

export class UnansweredProposalsDto {
  @ApiProperty({ type: 'integer', description: "the region's SLA: working days an employer has to answer" }) slaWorkingDays: number;
  @ApiProperty({ type: 'integer', description: 'how many days back expired proposals are shown' }) expiredShownDays: number;
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: [UnansweredProposalDto], description: 'oldest first' }) items: UnansweredProposalDto[];
}

export class EmployerVogShareDto extends VogShareDto {
  @ApiProperty({ type: NamedRefDto }) employer: NamedRefDto;
}

export class EmployerVogSharesDto {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: [EmployerVogShareDto], description: 'employers with vacancies, the highest share first' }) items: EmployerVogShareDto[];
}

export class RegionVogShareDto extends VogShareDto {
  @ApiProperty({ type: EmployerVogSharesDto }) byEmployer: EmployerVogSharesDto;
}

export class DormantEmployerDto {
  @ApiProperty({ type: NamedRefDto }) employer: NamedRefDto;
  @ApiProperty({ enum: EMPLOYER_STATUSES }) status: EmployerStatus;
  @ApiProperty({ format: 'date-time', description: 'since when it has had no open vacancy' }) since: string;
  @ApiProperty({ type: NamedRefDto, nullable: true }) accountManager: NamedRefDto | null;
}

export class DormantEmployersDto {
  @ApiProperty({ type: 'integer' }) lookBackMonths: number;
  @ApiProperty({ format: 'date-time', description: 'quiet since before this is dormant' }) cutoff: string;
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: [DormantEmployerDto], description: 'the longest quiet first' }) items: DormantEmployerDto[];
}

export class NetworkSummaryDto {
  @ApiProperty({ format: 'date-time' }) asOf: string;
  @ApiProperty({ type: NetworkEmployerFiguresDto }) employers: NetworkEmployerFiguresDto;
  @ApiProperty({ type: VacanciesInReviewDto }) vacanciesInReview: VacanciesInReviewDto;
  @ApiProperty({ type: UnansweredProposalsDto, description: "past the region's SLA: still waiting, or expired lately" }) unansweredProposals: UnansweredProposalsDto;
  @ApiProperty({ type: RegionVogShareDto, description: "the region's vacancies, and per employer" }) vog: RegionVogShareDto;
  @ApiProperty({ type: DormantEmployersDto }) dormant: DormantEmployersDto;
}
