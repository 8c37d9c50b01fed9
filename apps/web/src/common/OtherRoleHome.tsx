import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import type { Role } from '../api/session';
import { type MessageKey, useT } from '../i18n/i18n';
import { PageTitle } from '../ui/layout';

const ROLE: Record<Exclude<Role, 'employer'>, MessageKey> = { coach: 'role.coach', wsp_staff: 'role.wsp_staff', admin: 'role.admin' };

/** Coaches and the WSP sign in here too; their own pages come in a later part. */
export default function OtherRoleHome({ role }: { role: Role }) {
  const t = useT();
  return (
    <div className="sb-stack">
      <PageTitle title={t('other.title')}>{t('other.title')}</PageTitle>
      <Paragraph>{t('other.signedInAs', { role: t(ROLE[role as Exclude<Role, 'employer'>]) })}</Paragraph>
      <Paragraph>{t('other.comingSoon')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          <Link href="/notifications" className="utrecht-link">
            {t('nav.notifications')}
          </Link>
        </UnorderedListItem>
        <UnorderedListItem>
          <Link href="/tasks" className="utrecht-link">
            {t('nav.tasks')}
          </Link>
        </UnorderedListItem>
      </UnorderedList>
    </div>
  );
}
