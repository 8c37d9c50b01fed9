import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Problem, Public, RedisHealthIndicator, shutdownState } from '@startbaan/platform';
import { ApiProblem, ApiWithoutDatabase } from '../responses.js';

/** What terminus says of one dependency when it answered. */
const up = {
  type: 'object',
  required: ['status', 'responseTime'],
  properties: { status: { type: 'string', enum: ['up'] }, responseTime: { type: 'integer', minimum: 0, description: 'how long it took to answer, in ms' } },
};
/** Each dependency that answered: on a 200 that is both (a 503 is a problem, with checks). */
const checks = { type: 'object', required: ['database', 'redis'], properties: { database: up, redis: up } };

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
  @ApiOperation({ summary: 'The process is up', description: 'Asks nothing of PostgreSQL or Redis: for a liveness probe, which should not restart the API when a dependency is away.' })
  @ApiWithoutDatabase()
  @ApiOkResponse({ schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({
    summary: 'PostgreSQL and Redis answer; 503 when either does not',
    description: 'For a readiness probe: PostgreSQL and Redis each have 1.5 s to answer a ping.',
  })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['status', 'info', 'error', 'details'],
      properties: {
        status: { type: 'string', enum: ['ok'] },
        info: checks,
        error: { type: 'object', additionalProperties: false, description: 'the dependencies that did not answer: none, on a 200' },
        details: checks,
      },
    },
  })
  @ApiProblem(503, 'PostgreSQL or Redis did not answer (not-ready): checks gives each dependency with its status.')
  async ready() {
    // A stopping API takes no new work: the load balancer sends the next requests elsewhere.
    if (shutdownState.draining) throw new Problem(503, 'not-ready', 'Service Unavailable', 'Not ready: this process is stopping.', { checks: {} });
    try {
      return await this.health.check([() => this.db.pingCheck('database').withTimeout(1500), () => this.redis.check('redis')]);
    } catch (err) {
      const details = (err as { getResponse?: () => { details?: Record<string, { status: string }> } }).getResponse?.().details ?? {};
      const down = Object.entries(details).filter(([, v]) => v.status !== 'up').map(([k]) => k);
      throw new Problem(503, 'not-ready', 'Service Unavailable', `Not ready: ${down.join(' and ') || 'a dependency'} did not answer.`, { checks: details });
    }
  }
}
