import { InboxService } from '@startbaan/notifications';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { query, type RegionFixture, seedRegion, withDb } from './support/fixtures.js';

/** Digests are merged in PostgreSQL (InboxService.addToDigests): what a reader of the inbox sees of that. */
describe('inbox digests', () => {
  let db: TestDatabase;
  let r: RegionFixture;
  const title = (n: number) => ({ nl: `${n} nl`, en: `${n} en` });

  beforeAll(async () => {
    db = await createTestDatabase();
    r = await seedRegion(db.url);
  });
  afterAll(async () => {
    await db.drop();
  });

  const digest = async (key: string) =>
    (await query<{ title_nl: string; title_en: string; entries: { key: string; v: number }[]; read: boolean }>(db.url, `SELECT title_nl, title_en, data->'entries' AS entries, read_at IS NOT NULL AS read FROM inbox_item WHERE digest_key = $1`, [key]))[0];

  it('keeps each key once: a repeated key takes its new value in its place, new keys follow in order, and the title counts them', async () => {
    const inbox = new InboxService(undefined as never);
    await withDb(db.url, (ds) =>
      ds.transaction((m) =>
        inbox.addToDigests(m, {
          regionId: r.regionId,
          kind: 'match_digest',
          title,
          digests: [
            { userId: r.coach.id, digestKey: 'd:coach', entries: [{ key: 'a', v: 1 }, { key: 'b', v: 1 }, { key: 'a', v: 2 }] },
            { userId: r.otherCoach.id, digestKey: 'd:other', entries: [{ key: 'x', v: 1 }] },
          ],
        }),
      ),
    );
    expect(await digest('d:coach')).toEqual({ title_nl: '2 nl', title_en: '2 en', entries: [{ key: 'a', v: 2 }, { key: 'b', v: 1 }], read: false });
    await query(db.url, `UPDATE inbox_item SET read_at = now() WHERE digest_key = 'd:coach'`);

    await withDb(db.url, (ds) =>
      ds.transaction((m) =>
        inbox.addToDigest(m, { regionId: r.regionId, userId: r.coach.id, kind: 'match_digest', digestKey: 'd:coach', title, entries: [{ key: 'c', v: 1 }, { key: 'a', v: 3 }] }),
      ),
    );
    expect(await digest('d:coach')).toEqual({ title_nl: '3 nl', title_en: '3 en', entries: [{ key: 'a', v: 3 }, { key: 'b', v: 1 }, { key: 'c', v: 1 }], read: false });
    expect(await digest('d:other')).toEqual({ title_nl: '1 nl', title_en: '1 en', entries: [{ key: 'x', v: 1 }], read: false });
  });
});
