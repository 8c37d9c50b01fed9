import { ensureAccount, ensureOrganisation, ensureRegion, type Role } from '@startbaan/platform';
import type { DataSource } from 'typeorm';

export const DEMO_PASSWORD = 'Startbaan-demo-2026';
export const DEMO_REGION = { code: 'voorbeeld', name: 'Regio Voorbeeld (fictief)' };

interface DemoOrg {
  kind: 'wsp' | 'coaching' | 'employer';
  name: string;
  users: { email: string; displayName: string; role: Role }[];
}

/** A fictional region: every name here is made up. */
const DEMO_ORGS: DemoOrg[] = [
  {
    kind: 'wsp',
    name: 'Werkgeversservicepunt Regio Voorbeeld',
    users: [
      { email: 'admin@voorbeeld.startbaan.test', displayName: 'Beheer WSP', role: 'admin' },
      { email: 'wsp@voorbeeld.startbaan.test', displayName: 'Fatima de Vries (accountmanager)', role: 'wsp_staff' },
    ],
  },
  { kind: 'coaching', name: 'Jongerenwerk De Brug', users: [{ email: 'coach@debrug.startbaan.test', displayName: 'Jeroen Bakker', role: 'coach' }] },
  { kind: 'coaching', name: 'Stichting Nieuwe Kans', users: [{ email: 'coach@nieuwekans.startbaan.test', displayName: 'Naima El Amrani', role: 'coach' }] },
  { kind: 'employer', name: 'Bakkerij Het Gouden Korstje', users: [{ email: 'werkgever@goudenkorstje.startbaan.test', displayName: 'Petra Smit', role: 'employer' }] },
  { kind: 'employer', name: 'Fietsenmakerij Trapvast', users: [{ email: 'werkgever@trapvast.startbaan.test', displayName: 'Kees Jansen', role: 'employer' }] },
  { kind: 'employer', name: 'Buurtsuper De Hoek', users: [{ email: 'werkgever@dehoek.startbaan.test', displayName: 'Mehmet Yilmaz', role: 'employer' }] },
];

/** Safe to run again: finds what exists and resets the demo passwords. */
export async function seedDemo(ds: DataSource): Promise<{ email: string; role: Role; organisation: string }[]> {
  return ds.transaction(async (m) => {
    const region = await ensureRegion(m, DEMO_REGION.code, DEMO_REGION.name);
    const logins: { email: string; role: Role; organisation: string }[] = [];
    for (const o of DEMO_ORGS) {
      const org = await ensureOrganisation(m, region, o.kind, o.name);
      for (const u of o.users) {
        await ensureAccount(m, org, { ...u, password: DEMO_PASSWORD });
        logins.push({ email: u.email, role: u.role, organisation: o.name });
      }
    }
    return logins;
  });
}
