import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';
import { EMPLOYER_ROLE, serveRequestAs } from '../database/session-role.js';
import { Problem } from '../errors/problem.js';
import { type Actor, languageOf } from './actor.js';
import { AuthService } from './auth.service.js';
import type { Role } from './user-account.entity.js';

const PUBLIC = 'startbaan:public';
const ROLES = 'startbaan:roles';

/** The route needs no sign-in (`x-public` in the OpenAPI document). Everything else does. */
export const Public = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(PUBLIC, true), ApiExtension('x-public', true));

/**
 * Only these roles may call the route. The OpenAPI document says so too (`x-roles`), for
 * clients and for the tests that call every route as every role.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(ROLES, roles), ApiExtension('x-roles', roles));

export type AuthedRequest = Request & { actor?: Actor; id?: unknown };

export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : null;
}

/** Verifies the access token (and that its session was not signed out) on every route not marked @Public, and puts the actor on the request. */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const token = bearerToken(req);
    if (!token) throw Problem.unauthorized('Sign in first: send the access token as "Authorization: Bearer <token>".');
    const claims = await this.auth.authenticate(token);
    if (!claims) throw Problem.unauthorized('The access token is invalid, has expired or its session was signed out. Refresh it or sign in again.', { invalidToken: true });
    // From here on, an employer's request reads and writes as the employer database role.
    serveRequestAs(claims.role === 'employer' ? { role: EMPLOYER_ROLE, organisationId: claims.org, userId: claims.sub, regionId: claims.region } : null);
    req.actor = {
      userId: claims.sub,
      role: claims.role,
      organisationId: claims.org,
      regionId: claims.region,
      language: languageOf(claims),
      requestId: req.id === undefined ? undefined : String(req.id),
    };
    return true;
  }
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const actor = context.switchToHttp().getRequest<AuthedRequest>().actor;
    if (!actor) throw Problem.unauthorized();
    if (!roles.includes(actor.role)) {
      throw Problem.forbidden(`This needs one of the roles ${roles.join(', ')}; you are signed in as ${actor.role}.`);
    }
    return true;
  }
}

/** The signed-in actor of the request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthedRequest>().actor;
  if (!actor) throw Problem.unauthorized();
  return actor;
});

/** The request id, for audit rows written by public routes. */
export const RequestId = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const id = context.switchToHttp().getRequest<AuthedRequest>().id;
  return id === undefined ? undefined : String(id);
});
