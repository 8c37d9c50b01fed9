import { Body, Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  APP_CONFIG,
  type AppConfig,
  AuthService,
  CurrentActor,
  LoginRateLimitGuard,
  Problem,
  Public,
  RequestId,
  UsersService,
} from '@startbaan/platform';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import { LoginDto, RefreshDto, TokenPairDto, toUserDto, UserDto } from './auth.dto.js';
import { BOARD_COOKIE, type IsOperator } from '../admin/board-auth.js';
import { operatorCheck } from '../admin/board.js';
import { ApiProblem, RateLimited } from '../responses.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  private readonly isOperator: IsOperator;

  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.isOperator = operatorCheck(dataSource, config);
  }

  @Post('auth/login')
  @Public()
  @RateLimited(LoginRateLimitGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with e-mail and password',
    description:
      'Rate-limited per client address and per account (429). Every failure is the same 401, whether the address has no account, the password is wrong or the account is locked: repeated failures lock the account for a while without saying so, and its holder gets an e-mail.',
  })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblem(401, 'The address and password do not fit an active account: the same answer for an unknown address, a wrong password and a locked account.')
  @ApiProblem(403, 'The right password of a disabled account (account-disabled).')
  login(@Body() body: LoginDto, @RequestId() requestId?: string): Promise<TokenPairDto> {
    return this.auth.login(body.email, body.password, requestId);
  }

  @Post('auth/refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair', description: 'A refresh token works once. Using one again signs out every session that came from it.' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblem(401, 'The refresh token is not valid, has expired, belongs to a disabled account, or was used before (refresh-token-reused: every session that came from it is signed out).')
  refresh(@Body() body: RefreshDto, @RequestId() requestId?: string): Promise<TokenPairDto> {
    return this.auth.refresh(body.refreshToken, requestId);
  }

  @Post('auth/logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out: revoke the refresh token and every token rotated from it',
    description:
      "Ends the session at once: its refresh tokens, and its access tokens from the next request on (they are listed as signed out in Redis for as long as one can live). The person's other sessions go on. An unknown or already revoked token is ignored, so signing out twice is no error.",
  })
  @ApiNoContentResponse({ description: 'Signed out (or the token was unknown).' })
  async logout(@Body() body: RefreshDto, @RequestId() requestId?: string): Promise<void> {
    await this.auth.logout(body.refreshToken, requestId);
  }

  @Post('auth/board-session')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Open the queue board in a browser (operators only)',
    description: "Sets an HttpOnly cookie, limited to /admin/queues, with the current access token. Only for the installation's operators (BOARD_OPERATORS); a region's admin gets 403.",
  })
  @ApiNoContentResponse({ description: 'The cookie is set: open /admin/queues.' })
  @ApiProblem(403, "Not one of the installation's operators (BOARD_OPERATORS).")
  async boardSession(@Res({ passthrough: true }) res: Response, @CurrentActor() actor: Actor): Promise<void> {
    if (!(await this.isOperator(actor.userId))) throw Problem.forbidden("The queue board is for the installation's operators (BOARD_OPERATORS), not for a region's admins.");
    const token = res.req.headers.authorization!.slice('Bearer '.length);
    // Secure everywhere but on the developer's own machine (a proxy in front may hide that the request came over https).
    const local = /^http:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(this.config.publicUrl);
    res.cookie(BOARD_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/admin/queues', secure: !local });
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in account', description: 'Read from the database, not from the token: a changed display name or status shows at once.' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblem(404, 'The account of the token no longer exists.')
  async me(@CurrentActor() actor: Actor): Promise<UserDto> {
    return toUserDto(await this.users.me(actor));
  }
}
