import { Controller, Get, Module, Param } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { serveRequestAs } from '@startbaan/platform';
import { DataSource } from 'typeorm';

/**
 * A deliberately linking route, mounted only by the canary suite's self-test: for a proposal (or
 * a youth) it answers the youth's own id and region-wide pseudonym, the join too many that would
 * let two employers find out they met the same youth. It steps out of the employer database role
 * (which reads no youth), as leaky-fixture.ts does, so only the scan stands between it and an
 * employer: if the scan does not catch it, the linking canaries prove nothing.
 */
@Controller('fixture')
class LinkingFixtureController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get('linking-candidate/:id')
  async link(@Param('id') id: string): Promise<Record<string, unknown>> {
    serveRequestAs(null);
    const [row] = await this.ds.query(
      `SELECT y.id, y.pseudonym FROM youth y WHERE y.id::text = $1 OR y.id = (SELECT youth_id FROM proposal WHERE id::text = $1)`,
      [id],
    );
    return row ? { candidate: { ref: row.id, name: row.pseudonym } } : {};
  }
}

@Module({ controllers: [LinkingFixtureController] })
export class LinkingFixtureModule {}
