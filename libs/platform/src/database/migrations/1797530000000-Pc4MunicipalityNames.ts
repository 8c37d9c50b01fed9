import type { MigrationInterface, QueryRunner } from 'typeorm';
import { pc4Areas } from '../../geo/pc4.js';

/**
 * Municipalities in one form, the name alone ("Vlaardingen", not "Gemeente Vlaardingen"), and
 * PC4 3221–3238 in Voorne aan Zee where the source had none: the PC4 rows of a database made
 * before take the names of the data as it is built now (scripts/build-pc4-data.mjs).
 */
export class Pc4MunicipalityNames1797530000000 implements MigrationInterface {
  name = 'Pc4MunicipalityNames1797530000000';

  async up(q: QueryRunner): Promise<void> {
    const areas = pc4Areas();
    await q.query(
      `UPDATE "pc4_area" a SET "municipality" = t.municipality
       FROM unnest($1::text[], $2::text[]) AS t(pc4, municipality)
       WHERE a.pc4 = t.pc4 AND a.municipality IS DISTINCT FROM t.municipality`,
      [areas.map((a) => a.pc4), areas.map((a) => a.municipality)],
    );
  }

  async down(): Promise<void> {
    // The old labels were the source's mixed forms; nothing depends on them.
  }
}
