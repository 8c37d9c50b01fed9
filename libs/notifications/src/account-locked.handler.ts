import { Injectable } from '@nestjs/common';
import { type AccountLockedPayload, Clock, type DeliveredEvent, type EventHandler, HandlesEvent } from '@startbaan/platform';
import { accountLockedNotice } from './account-locked.js';
import { Notifier } from './notifier.js';

const HANDLER = 'notifications.account-locked';

/** Tells the holder of an account that failed sign-ins locked it: once per lockout (one event each), in the inbox and by e-mail. */
@Injectable()
@HandlesEvent('account.locked')
export class AccountLockedHandler implements EventHandler<AccountLockedPayload> {
  constructor(
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  async handle(event: DeliveredEvent<AccountLockedPayload>): Promise<void> {
    await this.notifier.deliver(event, HANDLER, async (m) => {
      const [user]: { id: string; region_id: string; locked_until: Date | null }[] = await m.query(
        `SELECT id, region_id, CASE WHEN locked_until > $2 THEN locked_until END AS locked_until FROM user_account WHERE id = $1`,
        [event.payload.userId, this.clock.now()],
      );
      if (!user) return undefined;
      const lockedUntil = user.locked_until ? new Date(user.locked_until) : null;
      const notice = accountLockedNotice(lockedUntil);
      return {
        regionId: user.region_id,
        notices: [{ userId: user.id, kind: 'account_locked', title: notice.title, lines: notice.lines, data: { lockedUntil: lockedUntil?.toISOString() ?? null } }],
      };
    });
  }
}
