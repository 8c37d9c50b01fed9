import { Body, Controller, Get, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  AuthService,
  CurrentActor,
  LoginRateLimitGuard,
  Public,
  RequestId,
  Roles,
  UsersService,
} from '@startbaan/platform';
import type { Response } from 'express';
import { LoginDto, RefreshDto, TokenPairDto, toUserDto, UserDto } from './auth.dto.js';
import { BOARD_COOKIE } from '../admin/board-auth.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('auth/login')
  @Public()
  @UseGuards(LoginRateLimitGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with e-mail and password',
    description:
      'Rate-limited per client address and per account (429). Every failure is the same 401, whether the address has no account, the password is wrong or the account is locked: repeated failures lock the account for a while without saying so, and its holder gets an e-mail.',
  })
  @ApiOkResponse({ type: TokenPairDto })
  login(@Body() body: LoginDto, @RequestId() requestId?: string): Promise<TokenPairDto> {
    return this.auth.login(body.email, body.password, requestId);
  }

  @Post('auth/refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair', description: 'A refresh token works once. Using one again signs out every session that came from it.' })
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() body: RefreshDto, @RequestId() requestId?: string): Promise<TokenPairDto> {
    return this.auth.refresh(body.refreshToken, requestId);
  }

  @Post('auth/logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: revoke the refresh token and every token rotated from it' })
  @ApiNoContentResponse()
  async logout(@Body() body: RefreshDto, @RequestId() requestId?: string): Promise<void> {
    await this.auth.logout(body.refreshToken, requestId);
  }

  @Post('auth/board-session')
  @Roles('admin')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Open the queue board in a browser', description: 'Sets an HttpOnly cookie, limited to /admin/queues, with the current access token.' })
  boardSession(@Res({ passthrough: true }) res: Response, @CurrentActor() _actor: Actor): void {
    const token = res.req.headers.authorization!.slice('Bearer '.length);
    res.cookie(BOARD_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/admin/queues', secure: res.req.secure });
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in account' })
  @ApiOkResponse({ type: UserDto })
  async me(@CurrentActor() actor: Actor): Promise<UserDto> {
    return toUserDto(await this.users.me(actor));
  }
}
