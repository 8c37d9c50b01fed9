import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { clientAddress } from '@startbaan/platform';
import type { Request } from 'express';
import { IntakeService } from './intake.service.js';

/**
 * The per-address limit on the public intake routes, before the body is even read: bad requests
 * count too. (The per-contact limits are in the service, once the contact is known.)
 */
@Injectable()
export class IntakeRateLimitGuard implements CanActivate {
  constructor(private readonly intake: IntakeService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.intake.limitClient(clientAddress(context.switchToHttp().getRequest<Request>()));
    return true;
  }
}
