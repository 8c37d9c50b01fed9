import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, type EventHandler, HandlesEvent } from '@startbaan/platform';
import { YouthService } from './youth.service.js';

/**
 * The daily retention purge (a repeatable job on the `maintenance` queue): youths with no
 * activity for RETENTION_MONTHS are erased. Running it twice erases nothing twice.
 */
@Injectable()
@HandlesEvent('retention.purge')
export class RetentionPurgeHandler implements EventHandler {
  constructor(
    private readonly youths: YouthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async handle(): Promise<void> {
    await this.youths.purgeInactive(this.config.retentionMonths, this.clock.now());
  }
}
