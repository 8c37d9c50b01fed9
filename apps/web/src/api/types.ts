/**
 * Shapes of API answers that the OpenAPI document does not describe yet (routes answering
 * `{ type: object }`). Request bodies come from the generated schema. When the document
 * describes these answers, `npm run web:client` brings their types and these give way.
 */
import type { components } from './schema';

export type Schemas = components['schemas'];
export type VacancyInput = Schemas['CreateVacancyDto'];
export type VacancyPreview = Schemas['VacancyPreviewDto'];
export type VacancyKind = VacancyInput['kind'];
export type VogBasis = VacancyInput['vog']['basis'];
export type VogPayer = VacancyInput['vog']['paidBy'];
export type Weekday = VacancyInput['schedule']['weekdays'][number];
export type Traits = VacancyInput['traits'];

export type VacancyStatus = 'draft' | 'submitted' | 'open' | 'filled' | 'closed';

export interface Text {
  nl: string;
  en: string;
}

export interface VacancyVogRef {
  basis: VogBasis;
  summary: string;
  guidance: string;
  functionAspects?: number[];
  paidBy?: VogPayer;
}

/** A section of the guidance, with the rule-table rows its facts come from. */
export interface VogGuidanceSection {
  title: string;
  body: string;
  sources: { source: string; validFrom: string }[];
}

export interface VogGuidance {
  version: number;
  asked: boolean;
  guide: 'coach' | 'wsp' | 'any';
  nl: { summary: string; sections: VogGuidanceSection[] };
  en: { summary: string; sections: VogGuidanceSection[] };
}

export interface Vacancy extends Omit<VacancyInput, 'vog' | 'employerId'> {
  id: string;
  employerId: string;
  employerName: string;
  minimumLegalAge: number;
  minimumLegalAgeReasons: { age: number; code: string; text: Text; source: string }[];
  vog: VacancyVogRef & VacancyInput['vog'];
  vogGuidance: VogGuidance;
  vogNudge: Text | null;
  reviewComments: { at: string; action: 'approved' | 'sent_back' | 'resubmitted'; comment: string }[];
  status: VacancyStatus;
  version: number;
  createdAt: string;
  openedAt: string | null;
}

/** A vacancy as a list carries it: its VOG summary and guidance route, not the full guidance (GET /vacancies/{id} has that). */
export type VacancyListItem = Omit<Vacancy, 'vogGuidance'>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type ProposalState =
  | 'proposed'
  | 'viewed'
  | 'invited'
  | 'declined'
  | 'introduced'
  | 'interview_planned'
  | 'interviewed'
  | 'offered'
  | 'accepted'
  | 'placed'
  | 'completed'
  | 'ended_early'
  | 'withdrawn'
  | 'expired';

export interface AvailabilityWindow {
  from: string;
  to: string;
  hoursPerWeek: number;
  weekdays: Weekday[];
  period: 'school' | 'holiday';
}

/** The anonymous candidate card: everything an employer may learn about a youth before an introduction. */
export interface CandidateCard {
  pseudonym: string;
  ageYears: number;
  educationLevel: string | null;
  skills: string[];
  interests: string[];
  languages: string[];
  availability: AvailabilityWindow[];
  motivation: string | null;
  distanceBand: '0-5' | '5-10' | '10-20' | '20+' | null;
}

export interface Interview {
  at: string;
  place?: string;
  videoLink?: string;
  outcome?: 'showed_up' | 'no_show' | 'rescheduled';
}

export interface Offer {
  startDate: string;
  endDate?: string;
  hoursPerWeek: number;
  hourlyWage: number | null;
}

export interface EmployerProposal {
  id: string;
  vacancyId: string;
  vacancyTitle: string;
  vog: VacancyVogRef;
  state: ProposalState;
  proposedAt: string;
  note: string;
  candidate: CandidateCard;
  unreadMessages?: number;
  introduction?: { firstName: string; lastName?: string; contact: { channel: 'email' | 'phone' | 'whatsapp' | 'messages'; value: string }; messages: string };
  interview?: Interview | null;
  offer?: Offer | null;
  placementId?: string | null;
}

export interface Thread {
  proposalId: string;
  yourSide: 'employer' | 'contact';
  writable: boolean;
  unread: number;
  items: { id: string; side: 'employer' | 'contact'; from: Text; body: string; sentAt: string; readAt: string | null }[];
  nextCursor: string | null;
}

export interface Placement {
  id: string;
  proposalId: string;
  vacancyId: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  hourlyWage: number | null;
  state: 'active' | 'completed' | 'ended_early';
  endedOn: string | null;
  endReason: string | null;
  referenceText: string | null;
  referenceAt: string | null;
  vog: VacancyVogRef;
  checkIns: { id: string; label: 'week' | 'last_week'; week: number; dueOn: string; mentorNote: string | null; mentorNoteAt: string | null }[];
}

export interface Employer {
  id: string;
  name: string;
  sector: string;
  locations: string[];
  pledge: { currentVersion: number; acceptedVersion: number | null; acceptedAt: string | null };
  version: number;
}

export interface Pledge {
  version: number;
  textNl: string;
  textEn: string;
  publishedAt: string;
}

export interface InboxItem {
  id: string;
  kind: string;
  titleNl: string;
  titleEn: string;
  data: Record<string, unknown> | null;
  readAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Task {
  id: string;
  kind: string;
  titleNl: string;
  titleEn: string;
  data: Record<string, unknown> | null;
  dueOn: string | null;
  doneAt: string | null;
  createdAt: string;
}

export interface Sector {
  code: string;
  labelNl: string;
  labelEn: string;
}
