import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Problem, Public, RedisHealthIndicator } from '@startbaan/platform';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'PostgreSQL and Redis answer; 503 when either does not' })
  async ready() {
    try {
      return await this.health.check([() => this.db.pingCheck('database').withTimeout(1500), () => this.redis.check('redis')]);
    } catch (err) {
      const details = (err as { getResponse?: () => { details?: Record<string, { status: string }> } }).getResponse?.().details ?? {};
      const down = Object.entries(details).filter(([, v]) => v.status !== 'up').map(([k]) => k);
      throw new Problem(503, 'not-ready', 'Service Unavailable', `Not ready: ${down.join(' and ') || 'a dependency'} did not answer.`, { checks: details });
    }
  }
}
