import 'reflect-metadata';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Max, Min, validate } from 'class-validator';
import { IsCalendarDate, IsDateTime, IsDecimal, IsMoney, Omittable } from './input-decorators.js';

class Offer {
  @ApiPropertyOptional({ description: 'gross euros an hour', minimum: 0, maximum: 200 }) @Omittable() @IsMoney() @Min(0) @Max(200) hourlyWage?: number;
  @ApiProperty({ minimum: 1, maximum: 60 }) @IsDecimal(1) hoursPerWeek: number;
  @ApiProperty({ example: '2027-07-05' }) @IsCalendarDate() startDate: string;
  @ApiPropertyOptional() @Omittable() @IsDateTime() at?: string;
  @ApiProperty({ type: [String] }) @IsCalendarDate({ each: true }) days: string[];
  @ApiPropertyOptional({ nullable: true }) @Omittable({ nullable: true }) @IsCalendarDate() until?: string | null;
}

const offer = (over: Partial<Offer> = {}): Offer => Object.assign(new Offer(), { hourlyWage: 12.5, hoursPerWeek: 24, startDate: '2027-07-05', at: '2027-06-14T10:00:00+02:00', days: ['2027-07-05'], ...over });

async function problems(o: Offer): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const e of await validate(o)) out[e.property] = Object.values(e.constraints ?? {});
  return out;
}

describe('input decorators', () => {
  it('take what is allowed, whichever way a number is written', async () => {
    expect(await problems(offer())).toEqual({});
    expect(await problems(offer({ hourlyWage: 1.25e1, hoursPerWeek: 2.45e1 }))).toEqual({});
  });

  it('refuse money below a cent and say what is allowed, rather than crash on exponent notation', async () => {
    for (const hourlyWage of [1e-7, -1e-7, 8.005, 5e-324]) {
      expect((await problems(offer({ hourlyWage }))).hourlyWage).toContain('hourlyWage must be an amount in euros with at most 2 decimals (whole cents), such as 12.5 or 12.55');
    }
    expect((await problems(offer({ hourlyWage: '12.50' as unknown as number }))).hourlyWage).toContain('hourlyWage must be an amount in euros with at most 2 decimals (whole cents), such as 12.5 or 12.55');
    expect((await problems(offer({ hourlyWage: Number.NaN }))).hourlyWage).toContain('hourlyWage must be an amount in euros with at most 2 decimals (whole cents), such as 12.5 or 12.55');
  });

  it('refuse a number with more decimals than allowed, naming how many', async () => {
    expect((await problems(offer({ hoursPerWeek: 1e-7 }))).hoursPerWeek).toEqual(['hoursPerWeek must be a number with at most 1 decimal']);
    expect((await problems(offer({ hoursPerWeek: 24.25 }))).hoursPerWeek).toEqual(['hoursPerWeek must be a number with at most 1 decimal']);
    expect((await problems(offer({ hoursPerWeek: Number.POSITIVE_INFINITY }))).hoursPerWeek).toEqual(['hoursPerWeek must be a number with at most 1 decimal']);
  });

  it('refuse a day not in the calendar and a moment without its offset, each item of a list too', async () => {
    expect(await problems(offer({ startDate: '2027-02-30', at: '2027-06-14T10:00:00', days: ['2027-07-05', '2027-02-29'] }))).toEqual({
      startDate: ['startDate must be a calendar date as YYYY-MM-DD, such as 2027-07-05'],
      at: ['at must be a date and time with its offset, such as 2027-07-05T10:00:00+02:00 or 2027-07-05T08:00:00Z'],
      days: ['each value of days must be a calendar date as YYYY-MM-DD, such as 2027-07-05'],
    });
  });

  it("add what they allow to the property's OpenAPI entry, keeping what its own @ApiProperty says", () => {
    // Where @nestjs/swagger keeps a property's entry (its DECORATORS.API_MODEL_PROPERTIES, not exported from the package).
    const meta = (p: string) => Reflect.getMetadata('swagger/apiModelProperties', Offer.prototype, p) as Record<string, unknown>;
    expect(meta('hourlyWage')).toMatchObject({ type: Number, multipleOf: 0.01, minimum: 0, maximum: 200, required: false, description: 'gross euros an hour' });
    expect(meta('hoursPerWeek')).toMatchObject({ multipleOf: 0.1, minimum: 1, maximum: 60 });
    expect(meta('hoursPerWeek').required).not.toBe(false);
    expect(meta('startDate')).toMatchObject({ type: String, format: 'date', example: '2027-07-05' });
    expect(meta('at')).toMatchObject({ format: 'date-time', required: false });
  });

  it('skip the rules of a field left out, but check a null like any other value unless the field may be null', async () => {
    expect(await problems(offer({ hourlyWage: undefined, at: undefined, until: undefined }))).toEqual({});
    expect(await problems(offer({ until: null }))).toEqual({});
    expect(await problems(offer({ until: '2027-02-30' }))).toEqual({ until: ['until must be a calendar date as YYYY-MM-DD, such as 2027-07-05'] });
    const refused = await problems(offer({ hourlyWage: null as unknown as number, at: null as unknown as string }));
    expect(Object.keys(refused).sort()).toEqual(['at', 'hourlyWage']);
    expect(refused.hourlyWage).toContain('hourlyWage must be an amount in euros with at most 2 decimals (whole cents), such as 12.5 or 12.55');
    expect(refused.at).toEqual(['at must be a date and time with its offset, such as 2027-07-05T10:00:00+02:00 or 2027-07-05T08:00:00Z']);
  });
});
