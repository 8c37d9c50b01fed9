/**
 * What the matching core sees of a youth and a vacancy. Pure data: the services fill it
 * from PostgreSQL; the core imports nothing from Nest or TypeORM.
 */

export type PlacementKind = 'summer_job' | 'job' | 'internship' | 'bbl_place' | 'work_experience';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface LatLon {
  lat: number;
  lon: number;
}

export interface MatchAvailability {
  from: string;
  to: string;
  hoursPerWeek: number;
  weekdays: Weekday[];
  period: 'school' | 'holiday';
}

export interface MatchYouth {
  id: string;
  dateOfBirth: string;
  position: LatLon;
  maxTravelKm: number;
  /** In order of preference, most wished first. */
  wishedKinds: PlacementKind[];
  availability: MatchAvailability[];
  skills: string[];
  interests: string[];
  languages: string[];
  education: { level: string; status: string };
  /** Coach/WSP side only: never derived into anything an employer sees. */
  priority: boolean;
  /** Coach side only: the sealed risk factors include ties to criminal peers or family. */
  criminalTies: boolean;
  /** Coach side only: the sealed VOG concern. */
  vogConcern: { level: 'none' | 'possible' | 'likely'; offenceCategory?: string; lastOffenceDate?: string };
}

export interface MatchVacancy {
  id: string;
  kind: PlacementKind;
  status: string;
  placesLeft: number;
  position: LatLon;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  weekdays: Weekday[];
  duringSchoolWeeks: boolean;
  minLegalAge: number;
  employerMinAge: number;
  skills: string[];
  languages: string[];
  mentorName: string | null;
  firstWeek: string | null;
  traits: {
    worksAlone: boolean;
    movesAround: boolean;
    handlesCash: boolean;
    logisticsHub: boolean;
    eveningWork: boolean;
  };
  vog: { basis: 'legal_requirement' | 'employer_choice' | 'not_asked'; functionAspects: number[]; paidBy: string; legalSector?: string; screeningProfile?: number };
}

export interface MatchContext {
  /** The day of the match, YYYY-MM-DD (ages and look-back are computed on it). */
  today: string;
  /** Vocabulary code → sector code, for partial credit within a sector. */
  sectorOf: ReadonlyMap<string, string>;
}
