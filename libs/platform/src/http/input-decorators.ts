import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { decimalPlaces, isCalendarDate, isDateTime } from './input-rules.js';

/*
 * Each decorator both checks a value and says in OpenAPI what it allows, so that the two cannot
 * drift apart. They only add to a property's OpenAPI entry (its format or multipleOf): its own
 * @ApiProperty still says whether it is required, its description and its bounds.
 */

const each = (options?: ValidationOptions): string => (options?.each ? 'each value of ' : '');

/**
 * A field the caller may leave out. class-validator's IsOptional takes null for left out as well,
 * so a null the document does not allow reached handlers, which read it as "clear this". Here
 * only a field left out skips its rules; null is checked like any other value (and refused by
 * the field's own rules), unless the field is documented as nullable and says so here too.
 */
export function Omittable(options: { nullable?: boolean } = {}): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined && !(options.nullable === true && value === null));
}

/**
 * A finite number with at most `places` decimals, however it is written: `1e-7` has seven.
 * (class-validator's `IsNumber({ maxDecimalPlaces })` crashes on numbers that print in exponent
 * notation, a 500.)
 */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  const unit = places === 1 ? 'decimal' : 'decimals';
  return applyDecorators(
    ValidateBy(
      {
        name: 'isDecimal',
        constraints: [places],
        validator: {
          validate: (value: unknown) => typeof value === 'number' && decimalPlaces(value) <= places,
          defaultMessage: (args) => `${each(options)}${args?.property} must be a number with at most ${places} ${unit}`,
        },
      },
      options,
    ),
    ApiProperty({ multipleOf: 10 ** -places }),
  );
}

/** An amount in euros, in whole cents. */
export function IsMoney(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isMoney',
        validator: {
          validate: (value: unknown) => typeof value === 'number' && decimalPlaces(value) <= 2,
          defaultMessage: (args) => `${each(options)}${args?.property} must be an amount in euros with at most 2 decimals (whole cents), such as 12.5 or 12.55`,
        },
      },
      options,
    ),
    ApiProperty({ multipleOf: 0.01 }),
  );
}

/** A day as YYYY-MM-DD that the calendar has (not 30 February). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isCalendarDate',
        validator: {
          validate: (value: unknown) => isCalendarDate(value),
          defaultMessage: (args) => `${each(options)}${args?.property} must be a calendar date as YYYY-MM-DD, such as 2027-07-05`,
        },
      },
      options,
    ),
    ApiProperty({ format: 'date' }),
  );
}

/** A moment as an RFC 3339 date-time with its offset, on a real day and time. */
export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isDateTime',
        validator: {
          validate: (value: unknown) => isDateTime(value),
          defaultMessage: (args) => `${each(options)}${args?.property} must be a date and time with its offset, such as 2027-07-05T10:00:00+02:00 or 2027-07-05T08:00:00Z`,
        },
      },
      options,
    ),
    ApiProperty({ format: 'date-time' }),
  );
}

/** A number as a query string writes one: digits with an optional sign, point and exponent. */
const QUERY_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a query parameter as a number only where it is written as one. class-transformer's
 * `@Type(() => Number)` reads `?minHours=` (an empty field of a search form) and `?limit=%20`
 * as 0, and `0x10` as 16: such values stay text here, so the number check after it refuses them
 * with a 400 that names the parameter.
 */
export function QueryNumber(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' && QUERY_NUMBER.test(value) ? Number(value) : value));
}
