import { type Actor, seesWholeRegion } from '@startbaan/platform';
import { type EmployerDetails, shareOf, type VacancyView } from '@startbaan/employers';

/** WSP staff see the account manager's notes, history and VOG figures; the employer itself does not see the notes. */
export function toEmployerJson(d: EmployerDetails, actor: Actor): Record<string, unknown> {
  const e = d.employer;
  const base = {
    id: e.id,
    name: d.name,
    kvk: e.kvk,
    vestigingsnummer: e.vestigingsnummer,
    sector: e.sector,
    locations: e.locations,
    sizeClass: e.sizeClass,
    contactName: e.contactName,
    contactEmail: e.contactEmail,
    contactPhone: e.contactPhone,
    status: e.status,
    pledge: d.pledge,
    accountManager: d.accountManager,
    version: e.version,
    createdAt: e.createdAt.toISOString(),
  };
  if (!seesWholeRegion(actor) || !d.network) return base;
  return {
    ...base,
    notes: e.notes,
    statusHistory: d.network.statusHistory,
    vacancies: d.network.vacancies,
    vogAskedShare: shareOf(d.network.vacancies.vogAsked, d.network.vacancies.total),
  };
}

export function toVacancyJson(view: VacancyView, actor: Actor): Record<string, unknown> {
  const v = view.vacancy;
  const out: Record<string, unknown> = {
    id: v.id,
    employerId: v.employerId,
    employerName: view.employerName,
    kind: v.kind,
    title: v.title,
    description: v.description,
    sector: v.sector,
    pc4: v.pc4,
    startDate: v.startDate,
    endDate: v.endDate,
    hoursPerWeek: v.hoursPerWeek,
    hoursPerDay: v.hoursPerDay,
    schedule: v.schedule,
    traits: v.traits,
    duringSchoolWeeks: v.duringSchoolWeeks,
    places: v.places,
    hourlyWage: v.hourlyWage,
    skills: v.skills,
    languages: v.languages,
    minimumAge: v.employerMinAge,
    minimumLegalAge: v.minLegalAge,
    minimumLegalAgeReasons: v.minLegalAgeReasons,
    mentorName: v.mentorName,
    firstWeek: v.firstWeek,
    leerbedrijfId: v.leerbedrijfId,
    crebo: v.crebo,
    sbiCode: v.sbiCode,
    // The requirement as posted (basis, function aspects, payer…), with what every representation
    // of a vacancy carries: the summary in the reader's language and the guidance route.
    vog: { ...v.vog, ...view.vog },
    ...(view.vogGuidance ? { vogGuidance: view.vogGuidance } : {}),
    status: v.status,
    version: v.version,
    createdAt: v.createdAt.toISOString(),
    openedAt: v.openedAt?.toISOString() ?? null,
  };
  if (actor.role !== 'coach') {
    out.reviewComments = v.reviewComments.map((c) => ({ at: c.at, action: c.action, comment: c.comment }));
    out.vogNudge = view.vogNudge;
  }
  if (actor.role === 'coach' && view.vogIndicationForYouth) out.vogIndicationForYouth = view.vogIndicationForYouth;
  if (view.reviewWarnings) out.reviewWarnings = view.reviewWarnings;
  if (view.wageCheck !== undefined) out.wageCheck = view.wageCheck;
  return out;
}
