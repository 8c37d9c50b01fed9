import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Clock, Problem, Public } from '@startbaan/platform';
import { type PlacementKindForVog, vogGuidanceForKind } from '@startbaan/employers';
import { PLACEMENT_KINDS, today } from '@startbaan/youth';
import { CODE_MAX_ATTEMPTS, CODE_TTL_MINUTES, IntakeRateLimitGuard, IntakeService, signupConfirmedMessage } from '@startbaan/programmes';
import { UuidPipe } from '../common.js';
import { ApiProblem, RateLimited } from '../responses.js';
import { IntakeProgrammeDto, KindVogGuidanceDto, SignupConfirmationDto, SignupDto, SignupReceiptDto, VerifyDto } from './intake.dto.js';


/**
 * Open intake: public, no sign-in. A youth sees the programmes taking sign-ups, signs up and
 * confirms with the code sent to the contact. Responses hold programme facts and the caller's
 * own sign-up only, and never say whether a contact was known before.
 */
@ApiTags('intake')
@Public()
@Controller('intake')
export class IntakeController {
  constructor(
    private readonly intake: IntakeService,
    private readonly clock: Clock,
  ) {}

  @Get('programmes')
  @ApiOperation({ summary: 'Programmes taking sign-ups today', description: 'Open, and today within the sign-up window. Programme facts only.' })
  @ApiOkResponse({ type: [IntakeProgrammeDto] })
  programmes(): Promise<IntakeProgrammeDto[]> {
    return this.intake.openProgrammes();
  }

  @Get('vog-guidance/:kind')
  @ApiOperation({
    summary: 'The VOG explained for a kind of work, before any vacancy',
    description:
      'For a youth who reads up before signing up: what a VOG is, when work of this kind needs one, how far Justis looks back, how to request it, its cost with date and source, how long it takes and what to do after a refusal. Dutch (B1) and English, from the same rule tables as every vacancy\'s guidance. Public.',
  })
  @ApiParam({ name: 'kind', enum: PLACEMENT_KINDS })
  @ApiOkResponse({ type: KindVogGuidanceDto })
  @ApiProblem(400, 'kind is not a kind of work.')
  vogGuidance(@Param('kind') kind: string): KindVogGuidanceDto {
    if (!(PLACEMENT_KINDS as readonly string[]).includes(kind)) throw Problem.invalid('kind', `must be one of ${PLACEMENT_KINDS.join(', ')}`);
    return { kind: kind as PlacementKindForVog, ...vogGuidanceForKind(kind as PlacementKindForVog, today(this.clock.now())) };
  }

  @Post('programmes/:id/signups')
  @RateLimited(IntakeRateLimitGuard)
  @HttpCode(202)
  @ApiOperation({
    summary: 'Sign up for a programme',
    description:
      'Sends a six-digit code to the contact (e-mail; by phone once an SMS provider is configured, until then the WSP calls). The sign-up counts once the code is confirmed. The answer is the same whether or not the contact is known.',
  })
  @ApiAcceptedResponse({ type: SignupReceiptDto })
  @ApiProblem(400, 'A field is wrong: outside the age band (dateOfBirth), unknown pc4, a kind the programme does not take, consent missing or not by a parent under 16, contact neither e-mail nor Dutch mobile.')
  @ApiProblem(404, 'No such programme.')
  @ApiProblem(409, 'The programme does not take sign-ups now (programme-not-open: applyFrom, applyTo).')
  async signUp(@Param('id', UuidPipe) id: string, @Body() body: SignupDto): Promise<SignupReceiptDto> {
    return this.intake.signUp(id, body);
  }

  @Post('signups/:id/verify')
  @RateLimited(IntakeRateLimitGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a sign-up with its code', description: `The code works for ${CODE_TTL_MINUTES} minutes and allows ${CODE_MAX_ATTEMPTS} wrong tries.` })
  @ApiOkResponse({ type: SignupConfirmationDto })
  @ApiProblem(400, 'Invalid input, or not the code we sent (code-incorrect: attemptsLeft says how many tries remain).')
  @ApiProblem(404, 'No pending sign-up with this id (confirmed already, or expired and removed).')
  @ApiProblem(409, 'Too many wrong codes (too-many-attempts: sign up again), or the programme stopped taking sign-ups (programme-not-open).')
  @ApiProblem(410, 'The code expired (code-expired): sign up again.')
  async verify(@Param('id', UuidPipe) id: string, @Body() body: VerifyDto): Promise<SignupConfirmationDto> {
    const done = await this.intake.verify(id, body.code);
    return {
      ...done,
      message: signupConfirmedMessage(done.programmeName),
    };
  }
}
