import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, Max, Min } from 'class-validator';
import { vacancyVog } from '@startbaan/employers';
import { type Component, MAX_K, MatchingService, type PlacementKind } from '@startbaan/matching';
import { InboxService } from '@startbaan/notifications';
import { type Actor, CurrentActor, IsCalendarDate, Omittable, QueryNumber, Roles } from '@startbaan/platform';
import { UuidPipe } from '../common.js';
import { ApiProblem } from '../responses.js';
import { INBOX_MODELS, InboxDto } from './inbox.dto.js';
import { VacancySuggestionsDto, YouthSuggestionsDto } from './matching.dto.js';

const KINDS = ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience'] as const;

export class TopKQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_K, default: 10 })
  @Omittable()
  @QueryNumber()
  @IsInt({ message: 'k must be a whole number' })
  @Min(1)
  @Max(MAX_K, { message: `k must not be greater than ${MAX_K}` })
  k?: number;
}

export class YouthSuggestionQuery extends TopKQuery {
  @ApiPropertyOptional({ enum: KINDS }) @Omittable() @IsIn(KINDS, { message: `kind must be one of ${KINDS.join(', ')}` }) kind?: PlacementKind;
  @ApiPropertyOptional({ description: "at most the youth's own travel distance", minimum: 0.5, maximum: 200 })
  @Omittable()
  @QueryNumber()
  @IsNumber({}, { message: 'maxKm must be a number' })
  @Min(0.5, { message: 'maxKm must be a positive distance (at least 0.5 km)' })
  @Max(200)
  maxKm?: number;
  @ApiPropertyOptional({ example: '2027-07-01' }) @Omittable() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ example: '2027-08-31' }) @Omittable() @IsCalendarDate() to?: string;
}

const components = (cs: Component[]) => cs.map((c) => ({ key: c.key, points: c.points, max: c.max, reason: c.reason, coachOnly: c.coachOnly }));

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('youths/:id/suggestions')
  @Roles('coach')
  @ApiOperation({
    summary: 'Open vacancies that fit one of your youths, best first, with the reasons',
    description:
      "Every feasible vacancy within the travel distance is scored; the top k are returned. Another organisation's youth is a 404. " +
      "Each vacancy carries its vog (schema VacancyVogForYouthDto) with the indication for this youth: the sealed VOG concern the score reads anyway (one audited read).",
  })
  @ApiOkResponse({ type: VacancySuggestionsDto })
  @ApiProblem(400, 'Invalid input: errors names each parameter; also to before from.')
  @ApiProblem(409, 'The youth has not consented to matching, or withdrew it (no-consent).')
  async forYouth(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() q: YouthSuggestionQuery): Promise<Record<string, unknown>> {
    const r = await this.matching.forYouth(actor, id, { ...q, k: q.k ?? 10 });
    return {
      youthId: r.youthId,
      radiusKm: r.radiusKm,
      items: r.suggestions.map((s) => ({
        vacancy: {
          id: s.vacancy.id,
          title: s.vacancy.title,
          employerName: s.vacancy.employerName,
          kind: s.vacancy.kind,
          startDate: s.vacancy.startDate,
          endDate: s.vacancy.endDate,
          hoursPerWeek: s.vacancy.hoursPerWeek,
          vog: vacancyVog(s.vacancy, actor.language, s.vogIndication),
        },
        score: s.score.total,
        distanceKm: Math.round(s.score.distanceKm * 10) / 10,
        weightsVersion: s.score.weightsVersion,
        components: components(s.score.components),
      })),
    };
  }

  @Get('vacancies/:id/suggestions')
  @Roles('wsp_staff', 'admin', 'coach')
  @ApiOperation({
    summary: 'Youths who fit a vacancy: for WSP staff the pseudonymous profiles with priority, for a coach their own youths',
    description:
      "With the vacancy's vog (schema VacancyVogDto). A coach gets only the own organisation's youths who consented to matching, without the priority field, and only for an open vacancy (another answers 404).",
  })
  @ApiOkResponse({ type: YouthSuggestionsDto })
  @ApiProblem(404, 'No such vacancy in your region; for a coach also a vacancy that is not open.')
  async forVacancy(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() q: TopKQuery): Promise<YouthSuggestionsDto> {
    const r = await this.matching.forVacancy(actor, id, { k: q.k ?? 10 });
    const coach = actor.role === 'coach';
    return {
      vacancyId: r.vacancyId,
      vog: vacancyVog(r.vacancy, actor.language),
      items: r.suggestions.map((s) => ({
        youth: {
          id: s.youth.id,
          pseudonym: s.youth.pseudonym,
          age: s.age,
          skills: s.youth.skills,
          interests: s.youth.interests,
          languages: s.youth.languages,
          wishedKinds: s.youth.wishedKinds,
          ...(coach ? {} : { priority: s.youth.priority }),
        },
        score: s.score.total,
        distanceKm: Math.round(s.score.distanceKm * 10) / 10,
        weightsVersion: s.score.weightsVersion,
        // The priority's own component stays out of a coach's list, as its field does.
        components: components(coach ? s.score.components.filter((c) => c.key !== 'priorityMentor') : s.score.components),
      })),
    };
  }
}

@ApiTags('inbox')
@ApiBearerAuth()
@ApiExtraModels(...INBOX_MODELS)
/** Notifications are the user's own: the same inbox answers at /inbox and /me/notifications. */
@Controller(['inbox', 'me/notifications'])
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({
    summary: 'Your notifications, newest first (match digests and more)',
    description: "A match digest's entries and a proposal's news for its coach carry the vacancy's vog (schema VacancyVogDto), in your language when the item was written.",
  })
  @ApiOkResponse({ type: InboxDto })
  async list(@CurrentActor() actor: Actor): Promise<{ items: unknown[] }> {
    return { items: await this.inbox.list(actor) };
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark a notification read', description: 'Only your own notifications; marking one read again changes nothing.' })
  @ApiNoContentResponse({ description: 'Marked read.' })
  async read(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.inbox.markRead(actor, id);
  }
}

