import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  DECLINE_REASONS,
  type DeclineReason,
  type EmployerProposal,
  isProposalContact,
  MESSAGE_MAX_LENGTH,
  type ProposalRow,
  ProposalsService,
  ProposalThreadService,
  type ThreadMessage,
} from '@startbaan/placements';
import { vacancyVog, type VogIndication } from '@startbaan/employers';
import { type Actor, CurrentActor, IsCalendarDate, IsDateTime, IsDecimal, IsMoney, Omittable, PageQuery, Problem, Roles } from '@startbaan/platform';
import type { Response } from 'express';
import { UuidPipe } from '../common.js';
import { ApiProblem } from '../responses.js';
import { EmployerProposalDto, EmployerProposalPageDto, ProposalDeclinedDto, ProposalDto, ProposalPageDto, ProposalStepDto, ThreadDto, ThreadMessageDto } from './proposals.dto.js';

export class ProposeDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'youthId must be a UUID' }) youthId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'vacancyId must be a UUID' }) vacancyId: string;
  @ApiProperty({ maxLength: 600, description: 'shown to the employer, in your words' }) @IsString() @MaxLength(600) note: string;
}

export class DeclineDto {
  @ApiProperty({ enum: DECLINE_REASONS, description: 'shown to the coach' })
  @IsIn(DECLINE_REASONS, { message: `reason must be one of ${DECLINE_REASONS.join(', ')}` })
  reason: DeclineReason;
}

export class WithdrawDto {
  @ApiPropertyOptional({ maxLength: 300 }) @Omittable() @IsString() @Length(0, 300) reason?: string;
}

export class InterviewDto {
  @ApiProperty({ example: '2027-06-14T10:00:00+02:00' }) @IsDateTime() at: string;
  @ApiPropertyOptional({ maxLength: 200 }) @Omittable() @IsString() @MaxLength(200) place?: string;
  @ApiPropertyOptional() @Omittable() @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'videoLink must be an https URL' }) videoLink?: string;
  @ApiPropertyOptional({ description: "coach only: send the reminders to the youth's own e-mail too (kept until changed)" })
  @Omittable()
  @IsBoolean({ message: 'remindYouth must be true or false' })
  remindYouth?: boolean;
}

export class InterviewOutcomeDto {
  @ApiProperty({ enum: ['showed_up', 'no_show', 'rescheduled'] })
  @IsIn(['showed_up', 'no_show', 'rescheduled'], { message: 'outcome must be one of showed_up, no_show, rescheduled' })
  outcome: 'showed_up' | 'no_show' | 'rescheduled';
}

export class OfferDto {
  @ApiProperty({ example: '2027-07-05' }) @IsCalendarDate() startDate: string;
  @ApiPropertyOptional({ example: '2027-08-27', description: "the last day; the vacancy's end date when left out" })
  @Omittable()
  @IsCalendarDate()
  endDate?: string;
  @ApiProperty({ minimum: 1, maximum: 60 }) @IsDecimal(1) @Min(1) @Max(60) hoursPerWeek: number;
  @ApiPropertyOptional({ description: 'gross euros an hour, in whole cents; not for work experience', minimum: 0, maximum: 200 }) @Omittable() @IsMoney() @Min(0) @Max(200) hourlyWage?: number;
}

export class MessageDto {
  @ApiProperty({ minLength: 1, maxLength: MESSAGE_MAX_LENGTH, description: 'plain text; the other side is told there is a message, never what it says' })
  @IsString({ message: 'body must be text' })
  @Length(1, MESSAGE_MAX_LENGTH, { message: `body must be 1 to ${MESSAGE_MAX_LENGTH} characters` })
  @Matches(/\S/, { message: 'body must not be blank' })
  body: string;
}

const IDEMPOTENCY = /^[\w.:-]{8,100}$/;

/** What assertTransition answers when the proposal's state does not allow a step. */
const STEP_REFUSED = "The proposal's state does not allow this step (invalid-transition: currentState and allowed).";
const CONTACTS_STEP = "Your role may not take this step (x-roles), or you are not the youth's contact person: its coach, or WSP staff for a youth from open intake.";

/**
 * The coach's and the WSP's view; why a proposal was withdrawn only for the youth's contact
 * (isProposalContact); the VOG indication only where the caller read it (the proposing coach's GET).
 */
const proposalJson = (p: ProposalRow, actor: Actor, indication?: VogIndication): ProposalDto => ({
  id: p.id,
  youthId: p.youthId,
  pseudonym: p.pseudonym,
  pseudonymAtEmployer: p.employerPseudonym,
  vacancyId: p.vacancyId,
  vacancyTitle: p.vacancyTitle,
  vog: vacancyVog({ id: p.vacancyId, vog: p.vog }, actor.language, indication),
  note: p.note,
  state: p.state,
  declineReason: p.declineReason,
  withdrawReason: isProposalContact(actor, p) ? p.withdrawReason : null,
  placementId: p.placementId,
  stateChangedAt: new Date(p.stateChangedAt).toISOString(),
  createdAt: new Date(p.createdAt).toISOString(),
  ...(p.unreadMessages !== undefined ? { unreadMessages: p.unreadMessages } : {}),
});

/** The card without the youth's id, which an employer never gets. */
const withoutYouthId = ({ youthId: _youthId, ...card }: EmployerProposal['candidate']) => card;

const employerJson = (p: EmployerProposal, actor: Actor) => ({
  id: p.id,
  vacancyId: p.vacancyId,
  vacancyTitle: p.vacancyTitle,
  vog: vacancyVog({ id: p.vacancyId, vog: p.vog }, actor.language),
  state: p.state,
  proposedAt: new Date(p.proposedAt).toISOString(),
  note: p.note,
  candidate: withoutYouthId(p.candidate),
  ...(p.unreadMessages !== undefined ? { unreadMessages: p.unreadMessages } : {}),
  ...(p.introduction ? { introduction: p.introduction, interview: p.interview ?? null, offer: p.offer ?? null, placementId: p.placementId ?? null } : {}),
});

const messageJson = (m: ThreadMessage): ThreadMessageDto => ({ id: m.id, side: m.side, from: m.from, body: m.body, sentAt: new Date(m.sentAt).toISOString(), readAt: m.readAt ? new Date(m.readAt).toISOString() : null });

@ApiTags('proposals')
@ApiBearerAuth()
@ApiExtraModels(ProposalDto, ProposalPageDto, EmployerProposalDto, EmployerProposalPageDto)
@Controller('proposals')
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly threads: ProposalThreadService,
  ) {}

  @Post()
  @Roles('coach')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'the same key returns the same proposal, never a second one' })
  @ApiOperation({ summary: 'Propose one of your youths for an open vacancy', description: 'Needs consent to introductions and passes the hard filters, or answers 422 with the reasons.' })
  @ApiCreatedResponse({ type: ProposalDto, description: 'Proposed.' })
  @ApiOkResponse({ type: ProposalDto, description: 'The proposal made earlier with the same Idempotency-Key, unchanged.' })
  @ApiProblem(400, 'Invalid input: errors names each field, or the Idempotency-Key header (8 to 100 letters, digits, _ . : or -).')
  @ApiProblem(404, 'youthId is no youth of your organisation, or vacancyId no vacancy you may see.')
  @ApiProblem(
    409,
    'The youth has not consented to introductions (no-consent); has an open proposal for this vacancy (proposal-exists) or had one that closed the pair for good (proposed-before), both with proposalId; or the Idempotency-Key was used for another youth or vacancy (idempotency-key-reused).',
  )
  @ApiProblem(422, 'The youth does not fit the vacancy (not-feasible): reasons lists each hard filter that fails, such as the legal age or a vacancy that is no longer open.')
  async propose(
    @CurrentActor() actor: Actor,
    @Body() body: ProposeDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ProposalDto> {
    if (key !== undefined && !IDEMPOTENCY.test(key)) throw Problem.invalid('Idempotency-Key', 'must be 8 to 100 letters, digits, _ . : or -');
    const r = await this.proposals.propose(actor, body, key);
    res.status(r.replayed ? 200 : 201);
    return proposalJson(r.proposal, actor);
  }

  @Get()
  @ApiOperation({
    summary: 'Proposals',
    description:
      "Employers: the inbox of proposals for your vacancies as anonymous candidate cards, in order of proposal time. Coaches: your organisation's. WSP: the region's. " +
      "Each carries its vacancy's vog (schema VacancyVogDto), without the coach's indication: that is a sealed read per youth, made on GET /proposals/{id}.",
  })
  @ApiOkResponse({
    description: 'an employer gets EmployerProposal cards, coaches and WSP staff Proposal items',
    schema: { anyOf: [{ $ref: getSchemaPath(ProposalPageDto) }, { $ref: getSchemaPath(EmployerProposalPageDto) }] },
  })
  async list(@CurrentActor() actor: Actor, @Query() q: PageQuery): Promise<ProposalPageDto | { items: ReturnType<typeof employerJson>[]; nextCursor: string | null }> {
    if (actor.role === 'employer') {
      const page = await this.proposals.employerInbox(actor, q);
      return { items: page.items.map((p) => employerJson(p, actor)), nextCursor: page.nextCursor };
    }
    const page = await this.proposals.list(actor, q);
    return { items: page.items.map((p) => proposalJson(p, actor)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One proposal',
    description:
      "For the employer: the candidate card; the first look marks it viewed. With the vacancy's vog (schema VacancyVogDto; VacancyVogForYouthDto on the youth's side); for a coach of the proposing organisation " +
      "with vog.indication for the youth (a read of the sealed VOG concern, audited).",
  })
  @ApiOkResponse({ description: 'an employer gets the EmployerProposal (the candidate card), coaches and WSP staff the Proposal', schema: { anyOf: [{ $ref: getSchemaPath(ProposalDto) }, { $ref: getSchemaPath(EmployerProposalDto) }] } })
  @ApiProblem(404, 'No such proposal that you may see; for an employer also a withdrawn or expired one.')
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ProposalDto | ReturnType<typeof employerJson>> {
    if (actor.role === 'employer') return employerJson(await this.proposals.employerView(actor, id), actor);
    const p = await this.proposals.get(actor, id);
    return proposalJson(p, actor, await this.proposals.vogIndication(actor, p));
  }

  @Get(':id/messages')
  @Roles('employer', 'coach', 'wsp_staff')
  @ApiOperation({
    summary: "The proposal's message thread, oldest first",
    description:
      "Between the employer and the youth's contact person (the proposing organisation's coaches; WSP staff for a youth from open intake), from the introduction on; " +
      'read-only once the proposal closed. The employer sees the contact side signed only as "Contactpersoon van <first name>". The page marks the other side\'s messages on it read. ' +
      '409 before the introduction; 404 for a proposal you may not see.',
  })
  @ApiOkResponse({ type: ThreadDto })
  @ApiProblem(403, "Your role may not read messages (x-roles), or you are neither the employer nor the youth's contact person.")
  @ApiProblem(409, 'The youth has not been introduced yet: the thread opens then (no-thread; state).')
  async messages(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() q: PageQuery): Promise<ThreadDto> {
    const t = await this.threads.list(actor, id, q);
    return { proposalId: t.proposalId, yourSide: t.yourSide, with: t.with, writable: t.writable, unread: t.unread, items: t.items.map(messageJson), nextCursor: t.nextCursor };
  }

  @Post(':id/messages')
  @Roles('employer', 'coach', 'wsp_staff')
  @ApiOperation({
    summary: 'Write in the message thread',
    description:
      "The other side gets an inbox item and an e-mail saying there is a message and where to read it (never its text). 409 before the introduction or once the proposal closed. The youth's contact person writes as \"the contact person\": a name, organisation or address typed into a message reaches the employer as typed.",
  })
  @ApiCreatedResponse({ type: ThreadMessageDto, description: 'The message as stored.' })
  @ApiProblem(403, "Your role may not write messages (x-roles), or you are neither the employer nor the youth's contact person.")
  @ApiProblem(409, 'Before the introduction (no-thread), or the proposal closed (thread-closed): state says which.')
  async write(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: MessageDto): Promise<ThreadMessageDto> {
    return messageJson(await this.threads.post(actor, id, body.body));
  }

  @Post(':id/decline')
  @Roles('employer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decline a viewed proposal, with a reason category for the coach',
    description: 'After a look, or after the interview. The coach hears the reason category; the youth is not proposed for this vacancy again.',
  })
  @ApiOkResponse({ type: ProposalDeclinedDto })
  @ApiProblem(409, STEP_REFUSED)
  async decline(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: DeclineDto): Promise<ProposalDeclinedDto> {
    const p = await this.proposals.move(actor, id, 'declined', { declineReason: body.reason });
    // The reason just recorded: the row's column, typed.
    return { id: p.id, state: p.state, declineReason: body.reason };
  }

  @Post(':id/invite')
  @Roles('employer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Invite the candidate (the coach then asks the youth)',
    description: "The employer wants to meet the candidate after a look at the card. The youth's contact person is told and asks the youth whether to be introduced (POST /proposals/{id}/introduce).",
  })
  @ApiOkResponse({ type: ProposalStepDto })
  @ApiProblem(409, STEP_REFUSED)
  async invite(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ProposalStepDto> {
    const p = await this.proposals.move(actor, id, 'invited');
    return { id: p.id, state: p.state };
  }

  @Post(':id/introduce')
  @Roles('coach', 'wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the youth agrees to be introduced', description: 'Only then the employer sees the first name and the chosen contact.' })
  @ApiOkResponse({ type: ProposalDto })
  @ApiProblem(403, CONTACTS_STEP)
  @ApiProblem(409, `${STEP_REFUSED} Or the youth has no standing consent to introductions (no-consent).`)
  async introduce(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ProposalDto> {
    return proposalJson(await this.proposals.introduce(actor, id), actor);
  }

  @Post(':id/interview')
  @Roles('employer', 'coach', 'wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Plan (or move) the interview: date, time and place or video link',
    description:
      "By the employer or the youth's contact person, once the youth is introduced. Reminders go out a day and two hours before; the youth's contact person decides whether the youth's own e-mail gets them too (remindYouth). Moving it drops the reminders of the old slot.",
  })
  @ApiOkResponse({ type: ProposalStepDto })
  @ApiProblem(400, 'Invalid input: errors names each field; also a slot that is not in the future, neither place nor videoLink, or remindYouth from someone who is not the contact person.')
  @ApiProblem(403, "Not the employer or the youth's contact person.")
  @ApiProblem(409, STEP_REFUSED)
  async interview(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: InterviewDto): Promise<ProposalStepDto> {
    if (!body.place && !body.videoLink) throw Problem.invalid('place', 'give a place or a videoLink');
    const p = await this.proposals.planInterview(actor, id, body);
    return { id: p.id, state: p.state };
  }

  @Post(':id/interview-outcome')
  @Roles('employer', 'coach', 'wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'After the slot: showed_up, no_show or rescheduled (a no-show goes back to the coach, no penalty)',
    description: 'showed_up makes the proposal interviewed, ready for an offer; no_show and rescheduled keep the interview planned, to be planned again.',
  })
  @ApiOkResponse({ type: ProposalStepDto })
  @ApiProblem(403, "Not the employer or the youth's contact person.")
  @ApiProblem(409, STEP_REFUSED)
  async outcome(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: InterviewOutcomeDto): Promise<ProposalStepDto> {
    const p = await this.proposals.interviewOutcome(actor, id, body.outcome);
    return { id: p.id, state: p.state };
  }

  @Post(':id/offer')
  @Roles('employer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Offer the place: start date, hours, wage (at least the legal minimum)',
    description:
      "After the interview, or to change an offer not yet accepted. The wage is checked against the lowest legal minimum any candidate of the card's age can be owed over the period; the exact minimum for this youth is checked when the acceptance is recorded.",
  })
  @ApiOkResponse({ type: ProposalStepDto })
  @ApiProblem(400, 'Invalid input: errors names each field; also an end before the start, a wage for a work-experience place or none for a paid one, a wage below the legal minimum.')
  @ApiProblem(409, STEP_REFUSED)
  async offer(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: OfferDto): Promise<ProposalStepDto> {
    const p = await this.proposals.offer(actor, id, { startDate: body.startDate, endDate: body.endDate, hoursPerWeek: body.hoursPerWeek, hourlyWage: body.hourlyWage ?? null });
    return { id: p.id, state: p.state };
  }

  @Post(':id/accept')
  @Roles('coach', 'wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: "Record the youth's acceptance: the placement is created (never more than the vacancy's places)",
    description: "By the youth's contact person. The placement gets its check-ins; the employer learns the youth's full name.",
  })
  @ApiOkResponse({ type: ProposalDto })
  @ApiProblem(403, CONTACTS_STEP)
  @ApiProblem(409, `${STEP_REFUSED} Or every place of the vacancy is taken (vacancy-full: places).`)
  @ApiProblem(
    422,
    "The placement breaks youth labour law for this youth: too many holiday weeks in a year (holiday-weeks-per-year: reason), or the offer is below this youth's legal minimum wage over the period (offer-below-minimum-wage: minimumHourlyWage, from).",
  )
  async accept(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ProposalDto> {
    const r = await this.proposals.accept(actor, id);
    return { ...proposalJson(r.proposal, actor), placementId: r.placementId };
  }

  @Post(':id/withdraw')
  @Roles('coach', 'wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw a proposal (any time before placed)',
    description: "By the youth's contact person. The reason stays with the contact side; the employer loses the proposal, its card and its thread (404 from then on).",
  })
  @ApiOkResponse({ type: ProposalDto })
  @ApiProblem(403, CONTACTS_STEP)
  @ApiProblem(409, STEP_REFUSED)
  async withdraw(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: WithdrawDto): Promise<ProposalDto> {
    return proposalJson(await this.proposals.move(actor, id, 'withdrawn', { withdrawReason: body.reason || 'withdrawn by the coach' }), actor);
  }
}
