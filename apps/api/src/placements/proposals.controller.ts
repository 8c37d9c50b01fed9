import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { DECLINE_REASONS, type DeclineReason, type EmployerProposal, type ProposalRow, ProposalsService } from '@startbaan/placements';
import { type Actor, CurrentActor, PageQuery, Problem, Roles } from '@startbaan/platform';
import type { Response } from 'express';
import { UuidPipe } from '../common.js';

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
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsString() @Length(0, 300) reason?: string;
}

const IDEMPOTENCY = /^[\w.:-]{8,100}$/;

const coachJson = (p: ProposalRow) => ({
  id: p.id,
  youthId: p.youthId,
  pseudonym: p.pseudonym,
  vacancyId: p.vacancyId,
  vacancyTitle: p.vacancyTitle,
  note: p.note,
  state: p.state,
  declineReason: p.declineReason,
  withdrawReason: p.withdrawReason,
  stateChangedAt: new Date(p.stateChangedAt).toISOString(),
  createdAt: new Date(p.createdAt).toISOString(),
});

const employerJson = (p: EmployerProposal) => ({
  id: p.id,
  vacancyId: p.vacancyId,
  vacancyTitle: p.vacancyTitle,
  state: p.state,
  proposedAt: new Date(p.proposedAt).toISOString(),
  note: p.note,
  candidate: { ...p.candidate, youthId: undefined },
});

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('proposals')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Post()
  @Roles('coach')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'the same key returns the same proposal, never a second one' })
  @ApiOperation({ summary: 'Propose one of your youths for an open vacancy', description: 'Needs consent to introductions and passes the hard filters, or answers 422 with the reasons.' })
  @ApiOkResponse({ schema: { type: 'object' } })
  async propose(
    @CurrentActor() actor: Actor,
    @Body() body: ProposeDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Record<string, unknown>> {
    if (key !== undefined && !IDEMPOTENCY.test(key)) throw Problem.invalid('Idempotency-Key', 'must be 8 to 100 letters, digits, _ . : or -');
    const r = await this.proposals.propose(actor, body, key);
    res.status(r.replayed ? 200 : 201);
    return coachJson(r.proposal);
  }

  @Get()
  @ApiOperation({
    summary: 'Proposals',
    description: 'Employers: the inbox of proposals for your vacancies as anonymous candidate cards, in order of proposal time. Coaches: your organisation\'s. WSP: the region\'s.',
  })
  @ApiOkResponse({ schema: { type: 'object' } })
  async list(@CurrentActor() actor: Actor, @Query() q: PageQuery): Promise<{ items: unknown[]; nextCursor: string | null }> {
    if (actor.role === 'employer') {
      const page = await this.proposals.employerInbox(actor, q);
      return { items: page.items.map(employerJson), nextCursor: page.nextCursor };
    }
    const page = await this.proposals.list(actor, q);
    return { items: page.items.map(coachJson), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One proposal', description: 'For the employer: the candidate card; the first look marks it viewed.' })
  @ApiOkResponse({ schema: { type: 'object' } })
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<Record<string, unknown>> {
    if (actor.role === 'employer') return employerJson(await this.proposals.employerView(actor, id));
    return coachJson(await this.proposals.get(actor, id));
  }

  @Post(':id/decline')
  @Roles('employer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a viewed proposal, with a reason category for the coach' })
  @ApiOkResponse({ schema: { type: 'object' } })
  async decline(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: DeclineDto): Promise<Record<string, unknown>> {
    const p = await this.proposals.move(actor, id, 'declined', { declineReason: body.reason });
    return { id: p.id, state: p.state, declineReason: p.declineReason };
  }

  @Post(':id/withdraw')
  @Roles('coach')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a proposal (any time before placed)' })
  @ApiOkResponse({ schema: { type: 'object' } })
  async withdraw(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: WithdrawDto): Promise<Record<string, unknown>> {
    return coachJson(await this.proposals.move(actor, id, 'withdrawn', { withdrawReason: body.reason || 'withdrawn by the coach' }));
  }
}
