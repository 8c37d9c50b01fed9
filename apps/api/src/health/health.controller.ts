import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
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
  // Documented here rather than by @HealthCheck, whose documentation depends on loading
  // @nestjs/swagger with require() (it does in Node, not under Jest's ESM), so the document is
  // the same wherever the API runs; and its 503 is our problem+json, not Terminus' error body.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOkResponse({
    description: 'PostgreSQL and Redis answer',
    schema: {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['ok'] },
        info: { type: 'object', additionalProperties: { type: 'object', properties: { status: { type: 'string' } } } },
        error: { type: 'object' },
        details: { type: 'object', additionalProperties: { type: 'object', properties: { status: { type: 'string' } } } },
      },
    },
  })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Redis does not answer (problem+json, type /problems/not-ready, with the checks)' })
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
