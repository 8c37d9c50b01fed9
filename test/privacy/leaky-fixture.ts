import { Controller, Get, Module, Param } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataCipher, serveRequestAs } from '@startbaan/platform';
import { DataSource } from 'typeorm';

/**
 * Deliberately careless routes, mounted only by the privacy suite's self-tests: they return a
 * youth's home area, referring organisation and sealed notes to whoever asks. `careless-candidate`
 * runs as every employer request does, under the employer database role, which must refuse it;
 * `leaky-candidate` also steps out of that role, and the canary scan must catch it (if it does
 * not, the scan proves nothing).
 */
@Controller('fixture')
class LeakyFixtureController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly cipher: DataCipher,
  ) {}

  @Get('leaky-candidate/:id')
  leak(@Param('id') id: string): Promise<Record<string, unknown>> {
    serveRequestAs(null);
    return this.careless(id);
  }

  @Get('careless-candidate/:id')
  async careless(@Param('id') id: string): Promise<Record<string, unknown>> {
    const [row] = await this.ds.query(
      `SELECT y.id, y.pc4, o.name AS organisation, s.key_id, s.data FROM youth y
       JOIN organisation o ON o.id = y.organisation_id LEFT JOIN youth_sealed s ON s.youth_id = y.id WHERE y.id::text = $1`,
      [id],
    );
    if (!row) return {};
    const sealed = row.data ? this.cipher.decrypt<{ notes: string }>({ keyId: row.key_id, data: row.data }, `youth_sealed:${row.id}`) : null;
    return { pc4: row.pc4, organisation: row.organisation, notes: sealed?.notes ?? null };
  }
}

@Module({ controllers: [LeakyFixtureController] })
export class LeakyFixtureModule {}
