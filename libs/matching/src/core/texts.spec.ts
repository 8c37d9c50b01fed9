import { capitalise, formatDay, formatKm, formatNumber, KIND_NAME, kindName, TextCache, withArticle } from './texts.js';

describe('the texts of reasons and failures', () => {
  it('names each placement kind in both languages, and an unknown kind by its code', () => {
    expect(kindName('summer_job')).toEqual({ nl: 'zomerbaan', en: 'summer job' });
    expect(kindName('job')).toEqual({ nl: 'bijbaan', en: 'job' });
    expect(kindName('internship')).toEqual({ nl: 'stage', en: 'internship' });
    expect(kindName('bbl_place')).toEqual({ nl: 'BBL-plek (werken en leren)', en: 'BBL work-study place' });
    expect(kindName('work_experience')).toEqual({ nl: 'werkervaringsplek', en: 'work-experience place' });
    expect(kindName('apprenticeship')).toEqual({ nl: 'apprenticeship', en: 'apprenticeship' });
    expect(Object.keys(KIND_NAME)).toHaveLength(5);
  });

  it("puts 'an' before a vowel (either case) and 'a' before anything else", () => {
    expect(withArticle('internship')).toBe('an internship');
    expect(withArticle('Internship')).toBe('an Internship');
    expect(withArticle('job')).toBe('a job');
    expect(withArticle('summer job')).toBe('a summer job');
    // Only the first letter counts.
    expect(withArticle('BBL work-study place')).toBe('a BBL work-study place');
    expect(withArticle('work-experience place')).toBe('a work-experience place');
  });

  it('writes numbers with at most one decimal, with a decimal comma in Dutch', () => {
    expect(formatNumber(12.5, 'nl')).toBe('12,5');
    expect(formatNumber(12.5, 'en')).toBe('12.5');
    expect(formatNumber(24, 'nl')).toBe('24');
    expect(formatNumber(12.46, 'en')).toBe('12.5');
    expect(formatNumber(12.44, 'nl')).toBe('12,4');
    expect(formatNumber(7.96, 'nl')).toBe('8');
  });

  it('writes distances in whole km, and under half a km as less than 1 km', () => {
    expect(formatKm(0.4, 'nl')).toBe('minder dan 1 km');
    expect(formatKm(0.4, 'en')).toBe('less than 1 km');
    expect(formatKm(0.5, 'en')).toBe('1 km');
    expect(formatKm(0.5, 'nl')).toBe('1 km');
    expect(formatKm(1, 'en')).toBe('1 km');
    expect(formatKm(3.6, 'nl')).toBe('4 km');
  });

  it('writes days as day, month name and year, and leaves anything else as it is', () => {
    expect(formatDay('2027-07-05', 'nl')).toBe('5 juli 2027');
    expect(formatDay('2027-07-05', 'en')).toBe('5 July 2027');
    expect(formatDay('2027-01-31', 'nl')).toBe('31 januari 2027');
    expect(formatDay('2027-12-01', 'en')).toBe('1 December 2027');
    const months = (lang: 'nl' | 'en') => Array.from({ length: 12 }, (_, i) => formatDay(`2027-${String(i + 1).padStart(2, '0')}-15`, lang).split(' ')[1]);
    expect(months('nl')).toEqual(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']);
    expect(months('en')).toEqual(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
    expect(formatDay('2027-13-01', 'en')).toBe('2027-13-01');
    expect(formatDay('2027-00-01', 'nl')).toBe('2027-00-01');
    expect(formatDay('2027-7-05', 'nl')).toBe('2027-7-05');
    expect(formatDay('x2027-07-05', 'nl')).toBe('x2027-07-05');
    expect(formatDay('2027-07-05x', 'en')).toBe('2027-07-05x');
    expect(formatDay('', 'en')).toBe('');
  });

  it('capitalises the first letter only', () => {
    expect(capitalise('a job')).toBe('A job');
    expect(capitalise('an Internship')).toBe('An Internship');
    expect(capitalise('')).toBe('');
  });

  describe('TextCache', () => {
    it('keeps each text frozen and shared, and returns what it was given', () => {
      const cache = new TextCache<number>();
      expect(cache.get(1)).toBeUndefined();
      const text = { nl: 'een', en: 'one' };
      const kept = cache.set(1, text);
      expect(kept).toEqual({ nl: 'een', en: 'one' });
      expect(Object.isFrozen(kept)).toBe(true);
      expect(cache.get(1)).toBe(kept);
    });

    it('starts afresh once it holds its limit, not before', () => {
      const cache = new TextCache<number>(2);
      const a = cache.set(1, { nl: 'a', en: 'a' });
      cache.set(2, { nl: 'b', en: 'b' });
      expect(cache.get(1)).toBe(a);
      cache.set(3, { nl: 'c', en: 'c' });
      expect(cache.get(1)).toBeUndefined();
      expect(cache.get(2)).toBeUndefined();
      expect(cache.get(3)).toEqual({ nl: 'c', en: 'c' });
    });

    it('holds 5,000 texts by default', () => {
      const cache = new TextCache<number>();
      for (let i = 0; i < 5_000; i++) cache.set(i, { nl: `${i}`, en: `${i}` });
      expect(cache.get(0)).toEqual({ nl: '0', en: '0' });
      cache.set(5_000, { nl: 'x', en: 'x' });
      expect(cache.get(0)).toBeUndefined();
    });
  });
});
