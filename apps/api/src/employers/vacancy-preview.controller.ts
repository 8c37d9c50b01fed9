import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, IntersectionType, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { VacanciesService, type VacancyPreview, VOG_BASES, type VogBasis } from '@startbaan/employers';
import { type Actor, CurrentActor, Roles } from '@startbaan/platform';
import { TextDto } from '../common.dto.js';
import { CreateVacancyDto, VogGuidanceDto } from './employers.dto.js';
import { LegalAgeReasonDto } from './employers-views.dto.js';

const OPTIONAL_WHILE_TYPING = ['title', 'description', 'pc4', 'places', 'skills', 'languages'] as const;

/** A vacancy as it is being typed: what the rules read is required, the rest may still be missing. */
export class VacancyPreviewInputDto extends IntersectionType(
  OmitType(CreateVacancyDto, ['employerId', ...OPTIONAL_WHILE_TYPING] as const),
  PartialType(PickType(CreateVacancyDto, OPTIONAL_WHILE_TYPING), { skipNullProperties: false }),
) {}

class RuleFindingDto {
  @ApiProperty({ example: 'minimumAge' }) field: string;
  @ApiProperty() message: string;
}

class MinimumWageDto {
  @ApiProperty() age: number;
  @ApiProperty({ description: 'gross euros an hour: the highest minimum owed at this age on any day of the period' }) hourly: number;
  @ApiProperty({ example: '2027-07-05', description: 'the first day that minimum is owed' }) from: string;
  @ApiProperty() source: string;
  @ApiProperty() validFrom: string;
}

class WageCheckDto {
  @ApiProperty() youngestAge: number;
  @ApiProperty() minimum: number;
  @ApiProperty() from: string;
  @ApiProperty() ok: boolean;
}

class LegalDutyDto {
  @ApiProperty({ enum: ['childcare', 'education', 'taxi'] }) field: string;
  @ApiProperty({ type: TextDto }) when: TextDto;
  @ApiProperty() source: string;
  @ApiProperty() validFrom: string;
}

class PreviewVogDto {
  @ApiProperty({ enum: VOG_BASES }) basis: VogBasis;
  @ApiProperty({ description: "one line in the reader's language, as every representation of the vacancy will carry it" }) summary: string;
  @ApiProperty({ type: LegalDutyDto, nullable: true, description: 'the law that makes a VOG compulsory for this vacancy, derived from what it is' }) legalDuty: LegalDutyDto | null;
}

export class VacancyPreviewDto {
  @ApiProperty({ type: [RuleFindingDto], description: 'every rule saving would refuse, each naming its field; empty when the vacancy can be saved as it is' })
  problems: RuleFindingDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'null when the hours are beyond every legal band' }) minimumLegalAge: number | null;
  @ApiProperty({ type: [LegalAgeReasonDto] }) minimumLegalAgeReasons: LegalAgeReasonDto[];
  @ApiProperty({ type: Number, nullable: true, description: "the youngest age the vacancy admits: the employer's minimum or the legal one, whichever is higher" }) youngestAge: number | null;
  @ApiProperty({ type: [MinimumWageDto], description: 'per age the vacancy admits, up to the adult rate; empty for unpaid work' }) minimumWages: MinimumWageDto[];
  @ApiPropertyOptional({ type: WageCheckDto, nullable: true }) wageCheck: WageCheckDto | null;
  @ApiProperty({ type: PreviewVogDto }) vog: PreviewVogDto;
  @ApiProperty({ type: VogGuidanceDto, description: 'the full guidance, Dutch (B1) and English, exactly as the vacancy will carry it' }) vogGuidance: VogGuidanceDto;
  @ApiProperty({ type: TextDto, nullable: true, description: 'a word to the employer who chose to ask a VOG' }) vogNudge: TextDto | null;
}

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('vacancies')
export class VacancyPreviewController {
  constructor(private readonly vacancies: VacanciesService) {}

  @Post('preview')
  @Roles('employer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'What the rules make of a vacancy as you type it (nothing is saved)',
    description:
      'Runs the rules of POST /vacancies on the vacancy so far: the minimum legal age with its reasons, the minimum wage per age over its period, the VOG guidance exactly as a youth will read it, and every problem saving would refuse (as a list, not a 400). Title, description, postcode area, places, skills and languages may still be missing.',
  })
  @ApiOkResponse({ type: VacancyPreviewDto })
  preview(@CurrentActor() actor: Actor, @Body() body: VacancyPreviewInputDto): Promise<VacancyPreview> {
    return this.vacancies.preview(actor, { ...body, title: body.title ?? '', description: body.description ?? '', pc4: body.pc4 ?? '', places: body.places ?? 1, skills: body.skills ?? [], languages: body.languages ?? [] });
  }
}
