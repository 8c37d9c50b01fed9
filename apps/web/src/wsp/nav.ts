import type { NavItem } from '../ui/layout';

/** The WSP staff's menu (the pages themselves load as their own chunk). */
export const WSP_NAV: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/network', label: 'wsp.nav.network' },
  { href: '/review', label: 'wsp.nav.review' },
  { href: '/programmes', label: 'wsp.nav.programmes' },
  { href: '/proposals', label: 'wsp.nav.proposals' },
  { href: '/organisations', label: 'wsp.nav.organisations' },
  { href: '/notifications', label: 'nav.notifications' },
  { href: '/tasks', label: 'nav.tasks' },
];
