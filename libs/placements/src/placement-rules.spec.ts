import { addMonths, checkInSchedule, concerns, FOLLOW_UP_MONTHS, remindersFor, WORK_SKILL_TEXT, WORK_SKILLS } from './placement-rules.js';

describe('checkInSchedule', () => {
  it('puts check-ins at the end of weeks 1, 2 and 4 and on the last day of a ten-week placement', () => {
    expect(checkInSchedule('2027-07-05', '2027-09-10', [1, 2, 4])).toEqual([
      { label: 'week', week: 1, dueOn: '2027-07-11' },
      { label: 'week', week: 2, dueOn: '2027-07-18' },
      { label: 'week', week: 4, dueOn: '2027-08-01' },
      { label: 'last_week', week: 10, dueOn: '2027-09-10' },
    ]);
  });

  it('drops the weeks that fall in or after the last week of a short placement', () => {
    expect(checkInSchedule('2027-07-05', '2027-07-23', [1, 2, 4])).toEqual([
      { label: 'week', week: 1, dueOn: '2027-07-11' },
      { label: 'week', week: 2, dueOn: '2027-07-18' },
      { label: 'last_week', week: 3, dueOn: '2027-07-23' },
    ]);
    expect(checkInSchedule('2027-07-05', '2027-07-09', [1, 2, 4])).toEqual([{ label: 'last_week', week: 1, dueOn: '2027-07-09' }]);
  });

  it('ignores repeated, unordered or impossible weeks in the configuration', () => {
    expect(checkInSchedule('2027-01-04', '2027-03-26', [3, 1, 3, 0, 2.5]).map((c) => c.week)).toEqual([1, 3, 12]);
  });

  it('refuses an end before the start, and takes a one-day placement', () => {
    expect(() => checkInSchedule('2027-07-05', '2027-07-01', [1])).toThrow(new RangeError('end 2027-07-01 is before start 2027-07-05'));
    expect(checkInSchedule('2027-07-05', '2027-07-05', [1])).toEqual([{ label: 'last_week', week: 1, dueOn: '2027-07-05' }]);
  });

  it('counts both the first and the last day: eight days make two weeks, seven make one', () => {
    expect(checkInSchedule('2027-07-05', '2027-07-12', [1])).toEqual([
      { label: 'week', week: 1, dueOn: '2027-07-11' },
      { label: 'last_week', week: 2, dueOn: '2027-07-12' },
    ]);
    expect(checkInSchedule('2027-07-05', '2027-07-11', [1])).toEqual([{ label: 'last_week', week: 1, dueOn: '2027-07-11' }]);
  });
});

describe('remindersFor', () => {
  const slot = new Date('2027-03-10T14:00:00Z');

  it('plans a reminder a day before and two hours before', () => {
    expect(remindersFor(slot, new Date('2027-03-01T09:00:00Z'))).toEqual([
      { kind: 'day_before', dueAt: new Date('2027-03-09T14:00:00Z') },
      { kind: 'two_hours', dueAt: new Date('2027-03-10T12:00:00Z') },
    ]);
  });

  it('leaves out the reminders whose moment has passed when the interview is planned late', () => {
    expect(remindersFor(slot, new Date('2027-03-10T08:00:00Z')).map((r) => r.kind)).toEqual(['two_hours']);
    expect(remindersFor(slot, new Date('2027-03-10T13:00:00Z'))).toEqual([]);
  });

  it('leaves out a reminder due at the very moment of planning', () => {
    expect(remindersFor(slot, new Date('2027-03-09T14:00:00Z')).map((r) => r.kind)).toEqual(['two_hours']);
    expect(remindersFor(slot, new Date('2027-03-09T13:59:59.999Z')).map((r) => r.kind)).toEqual(['day_before', 'two_hours']);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month, or the last day when the month is shorter', () => {
    expect(addMonths('2027-08-31', 3)).toBe('2027-11-30');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-07-15', 6)).toBe('2028-01-15');
  });
});

describe('concerns', () => {
  it('lists the skills rated concern, in the fixed skill order', () => {
    expect(concerns({ asksForHelp: 'concern', onTime: 'concern', callsInSick: 'good', followsInstructions: 'working_on_it' })).toEqual(['onTime', 'asksForHelp']);
  });
});

describe('the work skills and follow-up moments', () => {
  it('names each work skill in Dutch and English, and follows up three and six months after the end', () => {
    expect(WORK_SKILLS.map((k) => WORK_SKILL_TEXT[k])).toEqual([
      { nl: 'op tijd komen', en: 'being on time' },
      { nl: 'zich netjes ziek melden', en: 'calling in sick properly' },
      { nl: 'te laat komen melden', en: 'reporting when late' },
      { nl: 'instructies opvolgen', en: 'following instructions' },
      { nl: 'om hulp vragen', en: 'asking for help' },
    ]);
    expect(FOLLOW_UP_MONTHS).toEqual({ three_months: 3, six_months: 6 });
  });
});
