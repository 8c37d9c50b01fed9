import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Municipalities in one form, the name alone ("Vlaardingen", not "Gemeente Vlaardingen" or
 * "Ameland Municipalitye"), and PC4 3221–3238 in Voorne aan Zee (formed on 1 January 2023 from
 * Brielle, Hellevoetsluis and Westvoorne) where the source had none: a database made before
 * gets the names the PC4 data is now built with (scripts/build-pc4-data.mjs). Written out in
 * SQL, so that this change keeps its meaning whatever the data becomes later.
 */
export class Pc4MunicipalityNames1797530000000 implements MigrationInterface {
  name = 'Pc4MunicipalityNames1797530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "pc4_area" SET "municipality" = regexp_replace(regexp_replace(btrim("municipality"), '^Gemeente ', ''), ' Municipalit(y|ye)$', '')
       WHERE "municipality" ~ '^Gemeente | Municipalit(y|ye)$|^\\s|\\s$'`,
    );
    await q.query(`UPDATE "pc4_area" SET "municipality" = 'Voorne aan Zee' WHERE "pc4" BETWEEN '3221' AND '3238' AND btrim("municipality") = ''`);
  }

  async down(): Promise<void> {
    // The old labels were the source's mixed forms; nothing depends on them.
  }
}
