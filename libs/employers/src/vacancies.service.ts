import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AuditService, Clock, jsonEntity, jsonPage, OutboxService, type Page, type PageQuery, Problem, SqlParams, seesWholeRegion, youngestBirthDate } from '@startbaan/platform';
import { ageOn, today, YouthService } from '@startbaan/youth';
import { DataSource, type EntityManager } from 'typeorm';
import { type ReviewComment, Vacancy, type VacancyStatus } from './employer.entity.js';
import { EmployersService } from './employers.service.js';
import { type LegalAge, type LegalAgeReason, minimumLegalAge } from './rules/labour-law.js';
import { ADULT_MINIMUM_WAGE_AGE, highestMinimumWage, outsideWageRules, type PeriodMinimum } from './rules/minimum-wage.js';
import { employerVogNudge, type VogGuidance, type VogGuide, vogGuidance, vogSummary, type WspContact } from './rules/vog-guidance.js';
import { type VogIndication, vogIndicationForYouth } from './rules/vog-indication.js';
import { LEGAL_VOG_RULES, type LegalVogInput, type LegalVogRule, legalVogDuty, legalVogSuggestions, sbiSectionOf } from './rules/vog-legal.js';
import { type VacancyVogRef, vacancyVog } from './rules/vacancy-vog.js';
import { vacancyStatusTimes } from './vacancy-status-times.js';
import { isKnownFunctionAspect } from './rules/vog-rules.js';
import { canMove, kindProblems, REVIEWED_FIELDS, VACANCY_TRANSITIONS } from './vacancy-lifecycle.js';
import type { VacancyKind, VacancyVog, VacancyWorkload } from './vacancy.model.js';

/** A vacancy as an employer writes it: its workload (what the labour-law checks read) and the rest. */
export interface VacancyInput extends VacancyWorkload {
  employerId?: string;
  title: string;
  description: string;
  sector: string;
  pc4: string;
  places: number;
  hourlyWage?: number | null;
  skills: string[];
  languages: string[];
  minimumAge: number;
  mentorName?: string | null;
  firstWeek?: string | null;
  leerbedrijfId?: string | null;
  crebo?: string | null;
  /** The SBI code of the activity (e.g. "88.91"): finer than the section, for the legal VOG rules. */
  sbiCode?: string | null;
  vog: VacancyVog;
}

export interface VacancyQuery extends PageQuery {
  status?: VacancyStatus;
  kind?: VacancyKind;
  sector?: string;
  nearPc4?: string;
  maxKm?: number;
  minHours?: number;
  maxHours?: number;
  from?: string;
  to?: string;
  vogAsked?: boolean;
  legalAgeAtMost?: number;
  employerId?: string;
}

export interface VacancyView {
  vacancy: Vacancy;
  employerName: string;
  /** The VOG as every representation of a vacancy carries it, for this reader (vacancyVog). */
  vog: VacancyVogRef;
  /**
   * The full guidance, on a single vacancy's representations; a list carries `vog` (the basis,
   * the summary and the guidance route) and leaves the full text to that route.
   */
  vogGuidance?: VogGuidance;
  /** Shown to employers and WSP at posting time when the employer chose to ask a VOG. */
  vogNudge: { nl: string; en: string } | null;
  /** Coach only, for one of their own youths. */
  vogIndicationForYouth?: VogIndication;
  /** WSP staff only, for review: what to check before opening (e.g. the text suggests a field where the law requires a VOG). */
  reviewWarnings?: { code: string; text: { nl: string; en: string } }[];
  /** For WSP review: the wage against the legal minimum for the youngest youth the vacancy admits (null when unpaid). */
  wageCheck?: { youngestAge: number; hourlyWage: number; minimum: number; from: string; source: string; validFrom: string; ok: boolean } | null;
}

/** The full VOG guidance of one vacancy, in both languages (GET /vacancies/{id}/vog-guidance). */
export interface VacancyVogGuidance {
  vacancyId: string;
  vog: VacancyVogRef;
  guidance: VogGuidance;
}

/** What the rules make of a vacancy, and every rule it breaks (VacanciesService.evaluate). */
interface RulesOutcome {
  problems: Problem[];
  /** Null when the hours are beyond every legal band. */
  legal: LegalAge | null;
  duty: LegalVogRule | null;
  /** With a wage: the highest minimum owed to the youngest candidate over the period. */
  wage: { youngestAge: number; minimum: PeriodMinimum } | null;
}

/** A vacancy as the employer is typing it: what the rules make of it, nothing saved (POST /vacancies/preview). */
export interface VacancyPreview {
  /** Every rule saving would refuse, each naming its field; empty when the vacancy can be saved as it is. */
  problems: { field: string; message: string }[];
  /** Null when the hours are beyond every legal band (problems says so). */
  minimumLegalAge: number | null;
  minimumLegalAgeReasons: LegalAgeReason[];
  /** The youngest age the vacancy admits: the employer's minimum or the legal one, whichever is higher. */
  youngestAge: number | null;
  /** The highest legal minimum hourly wage over the vacancy's period for each age it admits, up to the adult rate; none for unpaid work or without valid dates. */
  minimumWages: { age: number; hourly: number; from: string; source: string; validFrom: string }[];
  /** The offered wage against the minimum of the youngest age. */
  wageCheck: { youngestAge: number; minimum: number; from: string; ok: boolean } | null;
  /** The VOG as a youth will read it: the basis, the one-line summary in the reader's language, the legal duty the vacancy brings (if any) and the full guidance. */
  vog: { basis: VacancyVog['basis']; summary: string; legalDuty: { field: string; when: { nl: string; en: string }; source: string; validFrom: string } | null };
  vogGuidance: VogGuidance;
  vogNudge: { nl: string; en: string } | null;
}

type Action = 'submit' | 'approve' | 'send_back' | 'close' | 'fill' | 'reopen';

/**
 * Who the guidance sends the youth to: a coach reads it for their own youths; anyone else may
 * show it to a youth with or without a coach (an employer never knows which).
 */
function defaultGuide(actor: Actor): VogGuide {
  return actor.role === 'coach' ? 'coach' : 'any';
}

/** Vacancies: posting, WSP review, labour-law and minimum-wage checks, VOG guidance. */
@Injectable()
export class VacanciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly employers: EmployersService,
    private readonly youths: YouthService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** Checks everything and returns the computed legal-age facts; throws 400 naming the field (the first rule broken). */
  private async check(m: EntityManager, v: VacancyInput): Promise<{ minLegalAge: number; reasons: LegalAgeReason[] }> {
    const outcome = await this.evaluate(m, v);
    if (outcome.problems.length) throw outcome.problems[0]!;
    return { minLegalAge: outcome.legal!.age, reasons: outcome.legal!.reasons };
  }

  /**
   * Every rule a vacancy must keep, in the order `check` applies them, with every rule it breaks
   * (each a 400 naming its field) and what the rules make of it: the minimum legal age and its
   * reasons, and the highest minimum wage owed to its youngest candidate over its whole period.
   * Saving (`check`) refuses the first problem; the preview shows them all.
   */
  private async evaluate(m: EntityManager, v: VacancyInput): Promise<RulesOutcome> {
    const problems: Problem[] = [];
    const kind = kindProblems(v);
    if (kind.length) problems.push(Problem.badRequest('validation', kind.map((p) => `${p.field}: ${p.message}`).join('; '), kind));
    if (v.pc4 !== '' && !(await m.query<unknown[]>(`SELECT 1 FROM pc4_area WHERE pc4 = $1`, [v.pc4])).length) problems.push(Problem.invalid('pc4', `"${v.pc4}" is not a known 4-digit postcode area`));
    if (!(await m.query<unknown[]>(`SELECT 1 FROM sbi_section WHERE code = $1`, [v.sector])).length) problems.push(Problem.invalid('sector', `"${v.sector}" is not an SBI section letter (A to U)`));
    if (v.skills.length) {
      const known: { code: string }[] = await m.query(`SELECT code FROM vocabulary_term WHERE code = ANY($1) AND retired_in IS NULL`, [v.skills]);
      const ok = new Set(known.map((k) => k.code));
      const bad = v.skills.findIndex((c) => !ok.has(c));
      if (bad >= 0) problems.push(Problem.invalid(`skills[${bad}]`, `"${v.skills[bad]}" is not in the vocabulary (GET /vocabulary/skills)`));
    }
    const badAspect = v.vog.functionAspects.findIndex((a) => !isKnownFunctionAspect(a));
    if (badAspect >= 0) problems.push(Problem.invalid(`vog.functionAspects[${badAspect}]`, `${v.vog.functionAspects[badAspect]} is not a function aspect of the general screening profile`));
    if (v.sbiCode && sbiSectionOf(v.sbiCode) !== v.sector) {
      problems.push(Problem.invalid('sbiCode', `"${v.sbiCode}" belongs to SBI section ${sbiSectionOf(v.sbiCode) ?? '(none)'}, not to the vacancy's sector ${v.sector}`));
    }
    // The legal duty follows from what the vacancy is, never from what is declared.
    const duty = legalVogDuty(this.legalInput(v));
    if (duty && v.vog.basis !== 'legal_requirement') {
      problems.push(Problem.invalid('vog.basis', `must be legal_requirement: the law requires a VOG for ${duty.when.en} (${duty.source}, since ${duty.validFrom})`));
    }
    if (!duty && v.vog.basis === 'legal_requirement') {
      problems.push(
        Problem.invalid(
          'vog.basis',
          `a VOG is a legal requirement only where the law makes it one: ${LEGAL_VOG_RULES.map((r) => r.when.en).join('; ')}. Nothing in this vacancy shows that: choose employer_choice (with the function aspects) or not_asked`,
        ),
      );
    }
    if (duty && v.vog.legalSector && v.vog.legalSector !== duty.field) problems.push(Problem.invalid('vog.legalSector', `must be ${duty.field}: the law requires the VOG for ${duty.when.en}`));
    if (v.vog.basis !== 'not_asked' && v.vog.functionAspects.length === 0 && v.vog.screeningProfile === undefined) {
      problems.push(Problem.invalid('vog.functionAspects', 'name the function aspects (or a screening profile) the VOG is asked for'));
    }
    if (v.hoursPerDay > v.hoursPerWeek) problems.push(Problem.invalid('hoursPerDay', `must not exceed hoursPerWeek (${v.hoursPerWeek})`));
    const legal = minimumLegalAge(v);
    if (legal.age > 18) {
      const why = legal.reasons[legal.reasons.length - 1];
      problems.push(Problem.invalid(v.hoursPerDay > 12 ? 'hoursPerDay' : 'hoursPerWeek', `is beyond every legal band, adults included${why ? `: ${why.text.en} (${why.source})` : ''}`));
      return { problems, legal: null, duty, wage: null };
    }
    if (v.minimumAge < legal.age) {
      const why = legal.reasons.filter((r) => r.age <= legal.age).map((r) => `${r.text.en} (${r.source})`).join('; ');
      problems.push(Problem.invalid('minimumAge', `must be at least ${legal.age}, the legal minimum for this work: ${why}`));
    }
    let wage: RulesOutcome['wage'] = null;
    const outside = outsideWageRules(v.startDate);
    if (outside) problems.push(Problem.invalid('startDate', outside));
    else if (v.hourlyWage != null && v.endDate >= v.startDate) {
      // The youngest youth the vacancy admits, over its whole duration: every indexation in it counts.
      const youngest = Math.max(v.minimumAge, legal.age);
      const min = highestMinimumWage(youngestBirthDate(youngest, v.startDate), v.startDate, v.endDate, v.kind === 'bbl_place');
      wage = { youngestAge: youngest, minimum: min };
      if (v.hourlyWage < min.amount) {
        problems.push(
          Problem.invalid(
            'hourlyWage',
            `must be at least €${min.amount.toFixed(2)} an hour: the legal minimum at age ${youngest}${min.from > v.startDate ? ` from ${min.from}` : ''}, the highest during the vacancy (${min.rule.source}, from ${min.rule.validFrom})`,
          ),
        );
      }
    }
    return { problems, legal, duty, wage };
  }

  private columns(v: VacancyInput, legal: { minLegalAge: number; reasons: LegalAgeReason[] }): Partial<Vacancy> {
    return {
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
      hourlyWage: v.hourlyWage ?? null,
      skills: v.skills,
      languages: v.languages,
      employerMinAge: v.minimumAge,
      minLegalAge: legal.minLegalAge,
      minLegalAgeReasons: legal.reasons,
      mentorName: v.mentorName ?? null,
      firstWeek: v.firstWeek ?? null,
      leerbedrijfId: v.leerbedrijfId ?? null,
      crebo: v.crebo ?? null,
      sbiCode: v.sbiCode ?? null,
      // The legal sector is derived (legalVogDuty), so a stored vacancy always says which law.
      vog: { ...v.vog, legalSector: legalVogDuty(this.legalInput(v))?.field },
      vogBasis: v.vog.basis,
    };
  }

  private legalInput(v: VacancyInput): LegalVogInput {
    return { sector: v.sector, sbiCode: v.sbiCode, kind: v.kind, functionAspects: v.vog.functionAspects, title: v.title, description: v.description };
  }

  /** For WSP review: words that suggest a field where the law requires a VOG that the data does not show. */
  private reviewWarnings(v: VacancyInput): NonNullable<VacancyView['reviewWarnings']> {
    return legalVogSuggestions(this.legalInput(v)).map((r) => ({
      code: `vog_${r.field}_suggested`,
      text: {
        nl: `De tekst doet denken aan ${r.when.nl}, maar de gegevens laten dat niet zien. Controleer de sector en de SBI-code: dan is een VOG wettelijk verplicht (${r.source}).`,
        en: `The text suggests ${r.when.en}, but the data does not show it. Check the sector and SBI code: then a VOG is required by law (${r.source}).`,
      },
    }));
  }

  /** The same rule as posting applies (`evaluate`), read back for the reviewer. */
  private wageCheck(v: Vacancy): VacancyView['wageCheck'] {
    if (v.hourlyWage == null || v.endDate < v.startDate || outsideWageRules(v.startDate)) return null;
    const youngest = Math.max(v.employerMinAge, v.minLegalAge);
    const min = highestMinimumWage(youngestBirthDate(youngest, v.startDate), v.startDate, v.endDate, v.kind === 'bbl_place');
    const wage = Number(v.hourlyWage);
    return { youngestAge: youngest, hourlyWage: wage, minimum: min.amount, from: min.from, source: min.rule.source, validFrom: min.rule.validFrom, ok: wage >= min.amount };
  }

  private toInput(v: Vacancy): VacancyInput {
    return { ...v, minimumAge: v.employerMinAge };
  }

  async create(actor: Actor, input: VacancyInput): Promise<VacancyView> {
    const employerId = actor.role === 'employer' ? actor.organisationId : input.employerId;
    if (actor.role === 'employer' && input.employerId && input.employerId !== actor.organisationId) throw Problem.notFound('Employer');
    if (!employerId) throw Problem.invalid('employerId', 'is required: the employer this vacancy belongs to');
    return this.dataSource.transaction(async (m) => {
      const [emp]: { id: string }[] = await m.query(`SELECT id FROM employer WHERE id = $1 AND region_id = $2`, [employerId, actor.regionId]);
      if (!emp) throw actor.role === 'employer' ? Problem.forbidden('Your organisation is not in the employer network yet; ask the WSP.') : Problem.notFound('Employer');
      const legal = await this.check(m, input);
      const repo = m.getRepository(Vacancy);
      const saved = await repo.save(repo.create({ ...this.columns(input, legal), regionId: actor.regionId, employerId, status: 'draft', createdBy: actor.userId }));
      await this.audit.record(actor, { action: 'vacancy.created', subjectType: 'vacancy', subjectId: saved.id, purpose: 'post a vacancy' }, m);
      return this.view(m, saved, actor);
    });
  }

  /**
   * What the rules make of a vacancy as the employer types it, without saving anything: the same
   * rule code as posting (`evaluate`), every broken rule listed instead of the first refused, and
   * the VOG guidance exactly as the vacancy will carry it. Employers, for their own organisation.
   */
  async preview(actor: Actor, input: VacancyInput): Promise<VacancyPreview> {
    const m = this.dataSource.manager;
    const outcome = await this.evaluate(m, input);
    const legal = outcome.legal;
    const youngest = legal ? Math.max(input.minimumAge, legal.age) : null;
    const datesValid = /^\d{4}-\d{2}-\d{2}$/.test(input.startDate) && input.endDate >= input.startDate && !outsideWageRules(input.startDate);
    const minimumWages: VacancyPreview['minimumWages'] = [];
    if (youngest !== null && datesValid && input.kind !== 'work_experience') {
      for (let age = youngest; age <= ADULT_MINIMUM_WAGE_AGE; age++) {
        const min = highestMinimumWage(youngestBirthDate(age, input.startDate), input.startDate, input.endDate, input.kind === 'bbl_place');
        minimumWages.push({ age, hourly: min.amount, from: min.from, source: min.rule.source, validFrom: min.rule.validFrom });
      }
    }
    const contact = (await this.employerFacts(m, [actor.organisationId])).get(actor.organisationId)?.wspContact ?? null;
    const vog = { ...input.vog, legalSector: outcome.duty?.field };
    const w = outcome.wage;
    return {
      problems: outcome.problems.flatMap((p) => p.errors ?? [{ field: '', message: p.detail }]),
      minimumLegalAge: legal?.age ?? null,
      minimumLegalAgeReasons: legal?.reasons ?? [],
      youngestAge: youngest,
      minimumWages,
      wageCheck: w && input.hourlyWage != null ? { youngestAge: w.youngestAge, minimum: w.minimum.amount, from: w.minimum.from, ok: input.hourlyWage >= w.minimum.amount } : null,
      vog: {
        basis: input.vog.basis,
        summary: vogSummary(input.vog.basis)[actor.language],
        legalDuty: outcome.duty ? { field: outcome.duty.field, when: outcome.duty.when, source: outcome.duty.source, validFrom: outcome.duty.validFrom } : null,
      },
      vogGuidance: vogGuidance(vog, { onDate: today(this.clock.now()), wspContact: contact }),
      vogNudge: employerVogNudge(vog),
    };
  }

  /** Employer users: their own; WSP: the region's; coaches: open ones only. Others 404. */
  private async load(m: EntityManager, actor: Actor, id: string, lock = false): Promise<Vacancy> {
    const qb = m.getRepository(Vacancy).createQueryBuilder('v').where('v.id = :id AND v.region_id = :region', { id, region: actor.regionId });
    if (lock) qb.setLock('pessimistic_write');
    const v = await qb.getOne();
    const visible = v && (seesWholeRegion(actor) || (actor.role === 'employer' && v.employerId === actor.organisationId) || (actor.role === 'coach' && v.status === 'open'));
    if (!v || !visible) throw Problem.notFound('Vacancy');
    return v;
  }

  async update(actor: Actor, id: string, patch: Partial<VacancyInput> & { version: number }): Promise<VacancyView> {
    if (actor.role === 'coach') throw Problem.forbidden('Coaches do not edit vacancies.');
    return this.dataSource.transaction(async (m) => {
      const v = await this.load(m, actor, id, true);
      if (v.version !== patch.version) {
        throw Problem.conflict('version-conflict', `The vacancy was changed meanwhile: you edited version ${patch.version}, the current version is ${v.version}.`, { currentVersion: v.version });
      }
      if (v.status === 'filled' || v.status === 'closed') throw Problem.conflict('vacancy-not-editable', `A ${v.status} vacancy cannot be edited.`, { currentStatus: v.status });
      const { version: _v, employerId: _e, ...changes } = patch;
      const merged: VacancyInput = { ...this.toInput(v), ...Object.fromEntries(Object.entries(changes).filter(([, x]) => x !== undefined)) };
      const legal = await this.check(m, merged);
      const before = this.toInput(v) as unknown as Record<string, unknown>;
      const after = merged as unknown as Record<string, unknown>;
      const reviewed = REVIEWED_FIELDS.some((f) => JSON.stringify(before[f === 'employerMinAge' ? 'minimumAge' : f]) !== JSON.stringify(after[f === 'employerMinAge' ? 'minimumAge' : f]));
      const backToReview = v.status === 'open' && (reviewed || legal.minLegalAge !== v.minLegalAge);
      const now = this.clock.now();
      const comments: ReviewComment[] = backToReview
        ? [...v.reviewComments, { at: now.toISOString(), by: actor.userId, action: 'resubmitted', comment: 'hours, age, wage or VOG changed: back to WSP review' }]
        : v.reviewComments;
      const status = backToReview ? 'submitted' : v.status;
      await m.getRepository(Vacancy).update({ id }, { ...this.columns(merged, legal), version: v.version + 1, status, ...vacancyStatusTimes(v.status, status, now), reviewComments: comments });
      await this.audit.record(actor, { action: 'vacancy.updated', subjectType: 'vacancy', subjectId: id, purpose: backToReview ? 'edit; back to review' : 'edit' }, m);
      return this.view(m, await m.getRepository(Vacancy).findOneByOrFail({ id }), actor);
    });
  }

  async act(actor: Actor, id: string, action: Action, comment?: string): Promise<VacancyView> {
    const target: Record<Action, VacancyStatus> = { submit: 'submitted', approve: 'open', send_back: 'draft', close: 'closed', fill: 'filled', reopen: 'open' };
    const wspOnly: Action[] = ['approve', 'send_back', 'reopen'];
    if (actor.role === 'coach') throw Problem.forbidden('Coaches do not manage vacancies.');
    if (wspOnly.includes(action) && !seesWholeRegion(actor)) throw Problem.forbidden('Only WSP staff review vacancies.');
    return this.dataSource.transaction(async (m) => {
      const v = await this.load(m, actor, id, true);
      const to = target[action];
      if (!canMove(v.status, to) || (action === 'reopen' && v.status !== 'filled')) {
        const allowed = VACANCY_TRANSITIONS[v.status];
        throw Problem.conflict('invalid-transition', `A ${v.status} vacancy cannot become ${to}; from ${v.status} it can become: ${allowed.join(', ') || 'nothing (final)'}.`, {
          currentStatus: v.status,
          allowed,
        });
      }
      if ((action === 'submit' || action === 'approve') && !(await this.employers.hasCurrentPledge(m, v.employerId))) {
        throw Problem.conflict('pledge-required', 'The employer has not accepted the current friendly pledge; an employer user accepts it first (POST /employers/{id}/pledge).');
      }
      if (action === 'send_back' && !comment) throw Problem.invalid('comment', 'say what the employer should change');
      const now = this.clock.now();
      const comments = action === 'approve' || action === 'send_back'
        ? [...v.reviewComments, { at: now.toISOString(), by: actor.userId, action: action === 'approve' ? 'approved' : 'sent_back', comment: comment ?? '' } as ReviewComment]
        : v.reviewComments;
      await m.getRepository(Vacancy).update({ id }, { status: to, ...vacancyStatusTimes(v.status, to, now), reviewComments: comments, version: v.version + 1 });
      await this.audit.record(actor, { action: `vacancy.${action}`, subjectType: 'vacancy', subjectId: id, purpose: `${v.status} → ${to}` }, m);
      if (to === 'open') await this.outbox.add(m, { type: 'vacancy.opened', regionId: v.regionId, payload: { vacancyId: id, version: v.version + 1 } });
      return this.view(m, await m.getRepository(Vacancy).findOneByOrFail({ id }), actor);
    });
  }

  async get(actor: Actor, id: string, youthId?: string): Promise<VacancyView> {
    if (youthId && actor.role !== 'coach') throw Problem.invalid('youthId', 'is for coaches: the VOG indication is about one of your own youths');
    const m = this.dataSource.manager;
    const v = await this.load(m, actor, id);
    const view = await this.view(m, v, actor);
    if (youthId) {
      view.vogIndicationForYouth = await this.indication(actor, v, youthId, `VOG indication for vacancy ${id}`);
      view.vog = vacancyVog(v, actor.language, view.vogIndicationForYouth);
    }
    return view;
  }

  /**
   * The coach-only VOG indication of one vacancy for one of the coach's own youths: a read of
   * the youth's sealed VOG concern, audited with `purpose` (404 for another organisation's youth).
   */
  async indication(actor: Actor, vacancy: { vog: VacancyVog }, youthId: string, purpose: string): Promise<VogIndication> {
    const ctx = await this.youths.vogContext(actor, youthId, purpose);
    return vogIndicationForYouth({ vog: vacancy.vog, concern: ctx.concern, youthAgeAtApplication: ageOn(ctx.dateOfBirth, today(this.clock.now())), onDate: today(this.clock.now()) });
  }

  /** The full guidance, for everyone who may see the vacancy (404 otherwise, as `get`). */
  async guidance(actor: Actor, id: string, guide?: VogGuide): Promise<VacancyVogGuidance> {
    const m = this.dataSource.manager;
    const v = await this.load(m, actor, id);
    const [view] = await this.views(m, [v], actor, guide);
    return { vacancyId: v.id, vog: view!.vog, guidance: view!.vogGuidance! };
  }

  /**
   * A page in one statement (a second only to check `nearPc4`), the employer's name joined and
   * the rows parsed as one JSON array; what the reader sees of each is built as for one vacancy,
   * without the full guidance (its summary and route instead).
   */
  async list(actor: Actor, q: VacancyQuery): Promise<Page<VacancyView>> {
    const m = this.dataSource.manager;
    const params = new SqlParams();
    const p = (value: unknown): string => params.add(value);
    const where = [`v.region_id = ${p(actor.regionId)}`];
    if (actor.role === 'employer') where.push(`v.employer_id = ${p(actor.organisationId)}`);
    if (q.employerId) where.push(`v.employer_id = ${p(q.employerId)}`);
    if (actor.role === 'coach') where.push(`v.status = 'open'`);
    else if (q.status) where.push(`v.status = ${p(q.status)}`);
    if (q.kind) where.push(`v.kind = ${p(q.kind)}`);
    if (q.sector) where.push(`v.sector = ${p(q.sector)}`);
    if (q.minHours !== undefined) where.push(`v.hours_per_week >= ${p(q.minHours)}`);
    if (q.maxHours !== undefined) where.push(`v.hours_per_week <= ${p(q.maxHours)}`);
    if (q.from) where.push(`v.end_date >= ${p(q.from)}::date`);
    if (q.to) where.push(`v.start_date <= ${p(q.to)}::date`);
    if (q.vogAsked !== undefined) where.push(q.vogAsked ? `v.vog_basis <> 'not_asked'` : `v.vog_basis = 'not_asked'`);
    if (q.legalAgeAtMost !== undefined) where.push(`v.min_legal_age <= ${p(q.legalAgeAtMost)}`);
    if (q.nearPc4) {
      if (!(await m.query<unknown[]>(`SELECT 1 FROM pc4_area WHERE pc4 = $1`, [q.nearPc4])).length) throw Problem.invalid('nearPc4', `"${q.nearPc4}" is not a known 4-digit postcode area`);
      where.push(
        `(SELECT 2 * 6371.0088 * asin(least(1, sqrt(sin(radians(b.lat - a.lat) / 2) ^ 2 + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(radians(b.lon - a.lon) / 2) ^ 2)))
          FROM pc4_area a, pc4_area b WHERE a.pc4 = v.pc4 AND b.pc4 = ${p(q.nearPc4)}) <= ${p(q.maxKm ?? 10)}`,
      );
    }
    const vacancy = jsonEntity<Vacancy>(m.connection.getMetadata(Vacancy), 'v');
    const page = await jsonPage<Record<string, unknown> & { id: string; employerName: string | null }>(
      m,
      { select: `${vacancy.columns}, o.name AS "employerName"`, from: 'vacancy v LEFT JOIN organisation o ON o.id = v.employer_id', where, params, alias: 'v' },
      q,
    );
    const vacancies = page.items.map((r) => vacancy.hydrate(r));
    const employers = new Map(page.items.map((r, i) => [vacancies[i]!.employerId, { name: r.employerName ?? '', wspContact: null }]));
    return { items: this.viewsWith(vacancies, employers, actor, defaultGuide(actor), { fullGuidance: false }), nextCursor: page.nextCursor };
  }

  private async view(m: EntityManager, v: Vacancy, actor: Actor): Promise<VacancyView> {
    return (await this.views(m, [v], actor))[0]!;
  }

  /**
   * The vacancies as this reader sees them. What the vacancy row does not hold (the employer's
   * name, the WSP contact of the guidance) is read for all of them in one query, so a page of
   * vacancies costs one query more, not one per vacancy.
   */
  private async views(m: EntityManager, vs: Vacancy[], actor: Actor, guide: VogGuide = defaultGuide(actor), o: { fullGuidance: boolean } = { fullGuidance: true }): Promise<VacancyView[]> {
    if (!vs.length) return [];
    return this.viewsWith(vs, await this.employerFacts(m, [...new Set(vs.map((v) => v.employerId))]), actor, guide, o);
  }

  private viewsWith(vs: Vacancy[], employers: Map<string, { name: string; wspContact: WspContact | null }>, actor: Actor, guide: VogGuide, o: { fullGuidance: boolean }): VacancyView[] {
    const onDate = today(this.clock.now());
    return vs.map((v) => {
      const e = employers.get(v.employerId);
      return {
        vacancy: v,
        employerName: e?.name ?? '',
        vog: vacancyVog(v, actor.language),
        ...(o.fullGuidance ? { vogGuidance: vogGuidance(v.vog, { onDate, wspContact: e?.wspContact ?? null, guide }) } : {}),
        vogNudge: actor.role === 'coach' ? null : employerVogNudge(v.vog),
        ...(seesWholeRegion(actor) ? { reviewWarnings: this.reviewWarnings(this.toInput(v)), wageCheck: this.wageCheck(v) } : {}),
      };
    });
  }

  /** Each employer's name, and its WSP contact for the guidance: the account manager, else the region's WSP organisation. */
  private async employerFacts(m: EntityManager, employerIds: string[]): Promise<Map<string, { name: string; wspContact: WspContact | null }>> {
    const rows: { id: string; name: string; contact_name: string | null; contact_email: string | null; is_person: boolean }[] = await m.query(
      `SELECT o.id, o.name, COALESCE(u.display_name, w.name) AS contact_name, u.email AS contact_email, u.id IS NOT NULL AS is_person FROM organisation o
       LEFT JOIN employer e ON e.id = o.id
       LEFT JOIN user_account u ON u.id = e.account_manager_id
       LEFT JOIN LATERAL (SELECT name FROM organisation WHERE region_id = e.region_id AND kind = 'wsp' ORDER BY created_at LIMIT 1) w ON true
       WHERE o.id = ANY($1::uuid[])`,
      [employerIds],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          name: r.name,
          wspContact: r.contact_name
            ? { kind: r.is_person ? 'person' : 'organisation', name: r.contact_name, ...(r.contact_email ? { email: r.contact_email } : {}) }
            : null,
        },
      ]),
    );
  }
}
