import { applyDecorators, Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, AuthService, LoginRateLimitGuard, Problem, Public, RequestId, type TokenPair } from '@startbaan/platform';
import type { Request, Response } from 'express';
import { LoginDto } from './auth.dto.js';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, readCookie, SameOriginGuard, SESSION_COOKIE, SESSION_PATH, sessionCookieOptions } from './browser-session.js';
import { ApiProblem, RateLimited } from '../responses.js';

export class BrowserSessionDto {
  @ApiProperty({ description: 'Keep it in memory only; it expires after expiresIn seconds: then POST /auth/session/refresh.' }) accessToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires.' }) expiresIn: number;
}

const clientHeader = applyDecorators(
  ApiHeader({ name: CLIENT_HEADER, required: true, enum: [CLIENT_HEADER_VALUE], description: 'Required: with Origin (the portal\'s own) it keeps other sites from using the cookie.' }),
  ApiProblem(403, 'Not from the portal itself: the header, Origin or Sec-Fetch-Site says another site or a script sent it.'),
);

/**
 * Sessions for the portal in a browser: the refresh token travels in an HttpOnly, SameSite=Strict
 * cookie limited to these routes, never in a body the page's scripts can read; the access token
 * comes in the body and the page keeps it in memory.
 */
@ApiTags('auth')
@Controller(SESSION_PATH.slice(1))
@UseGuards(SameOriginGuard)
export class BrowserSessionController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Public()
  @RateLimited(LoginRateLimitGuard)
  @HttpCode(200)
  @clientHeader
  @ApiOperation({
    summary: 'Sign in from the portal (a browser)',
    description:
      'As POST /auth/login (the same limits and the same 401 for every failure), but the refresh token is set as an HttpOnly, SameSite=Strict cookie for /auth/session only, and the body holds the access token alone.',
  })
  @ApiOkResponse({ type: BrowserSessionDto })
  async signIn(@Body() body: LoginDto, @Res({ passthrough: true }) res: Response, @RequestId() requestId?: string): Promise<BrowserSessionDto> {
    return this.answer(res, await this.auth.login(body.email, body.password, requestId));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @clientHeader
  @ApiOperation({
    summary: "Renew the portal's access token with the session cookie",
    description: 'The cookie works once and is replaced; a cookie used a second time signs out every session that came from it (as POST /auth/refresh). 401 clears the cookie.',
  })
  @ApiOkResponse({ type: BrowserSessionDto })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response, @RequestId() requestId?: string): Promise<BrowserSessionDto> {
    const token = readCookie(req, SESSION_COOKIE);
    if (!token) throw Problem.unauthorized('There is no session in this browser: sign in.');
    try {
      return this.answer(res, await this.auth.refresh(token, requestId));
    } catch (err) {
      if (err instanceof Problem && err.getStatus() === 401) res.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config));
      throw err;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @clientHeader
  @ApiOperation({
    summary: "Sign out in the portal: ends the cookie's session (its access tokens too, at once) and clears the cookie",
    description: 'Without a session cookie it still answers 204, so that signing out twice is harmless.',
  })
  @ApiNoContentResponse()
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response, @RequestId() requestId?: string): Promise<void> {
    const token = readCookie(req, SESSION_COOKIE);
    if (token) await this.auth.logout(token, requestId);
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config));
  }

  private answer(res: Response, pair: TokenPair): BrowserSessionDto {
    res.cookie(SESSION_COOKIE, pair.refreshToken, sessionCookieOptions(this.config, new Date(pair.refreshExpiresAt)));
    return { accessToken: pair.accessToken, tokenType: pair.tokenType, expiresIn: pair.expiresIn };
  }
}
