import { type PageQuery } from '@startbaan/platform';
import { type ConsentGivenBy, type ConsentScope, Youth, YouthConsent } from './youth.entity.js';
import {
  type AvailabilityWindow,
  type ConfirmedContact,
  type Education,
  type Identity,
  type PlacementKind,
  type SealedContent,
} from './youth.model.js';

// The youth lib's inputs and views, shared by its services.

export interface YouthProfileInput {
  dateOfBirth: string;
  pc4: string;
  education: Education;
  skills: string[];
  interests: string[];
  otherSkills?: string | null;
  languages: string[];
  availability: AvailabilityWindow[];
  wishedKinds: PlacementKind[];
  maxTravelKm: number;
  motivation?: string | null;
}

export interface RegisterYouthInput extends YouthProfileInput {
  identity: Identity;
}

/** A change of the profile: what is left out stays; null removes a phone number or e-mail address. */
export type UpdateYouthInput = Partial<YouthProfileInput> & { identity?: Partial<Omit<Identity, 'phone' | 'email'>> & { phone?: string | null; email?: string | null }; matchAlerts?: boolean; version: number };

export interface SealedInput extends SealedContent {
  priority: boolean;
  /** The version read before editing; omit only when creating the record. */
  version?: number;
}

/** A youth who signed up through open intake and confirmed the contact (no coach, no organisation). */
export interface IntakeYouthInput {
  regionId: string;
  firstName: string;
  contact: ConfirmedContact;
  profile: Pick<YouthProfileInput, 'dateOfBirth' | 'pc4' | 'availability' | 'wishedKinds' | 'interests'> & {
    motivation?: string | null;
    maxTravelKm?: number;
  };
  consent: { scopes: ConsentScope[]; givenBy: ConsentGivenBy; givenAt: Date };
}

export interface YouthListQuery extends PageQuery {
  kind?: PlacementKind;
  availableFrom?: string;
  availableTo?: string;
  minAge?: number;
  maxAge?: number;
  skill?: string[];
}

/** A consent as the youth's coach sees it in the youth's record. */
export type ConsentView = Pick<YouthConsent, 'id' | 'scope' | 'givenBy' | 'givenAt' | 'withdrawnAt' | 'withdrawalReason'>;

/** A youth as its own coaching organisation sees it. */
export interface CoachYouth {
  youth: Youth;
  identity: Identity;
  priority: boolean;
  organisation: { id: string; name: string; kind: string } | null;
  consents: ConsentView[];
}

/** A youth as WSP staff of the region see it: the profile and the priority boolean, nothing sealed. */
export interface WspYouth {
  youth: Youth;
  priority: boolean;
}

export interface SealedRecord extends SealedContent {
  priority: boolean;
  version: number;
  updatedAt: Date | null;
}

export const identityContext = (youthId: string) => `youth_identity:${youthId}`;
export const sealedContext = (youthId: string) => `youth_sealed:${youthId}`;

export const EMPTY_SEALED: SealedContent = { priorityReason: null, riskFactors: [], notes: '', vogConcern: { level: 'none' } };
