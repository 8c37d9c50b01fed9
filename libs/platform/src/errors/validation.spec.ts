import type { ValidationError } from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import { Problem } from './problem.js';
import { createValidationPipe, NUL_MESSAGE, validationProblem } from './validation.js';

const err = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError => ({ property, constraints, children });

describe('validation problems', () => {
  it('names nested fields with dotted paths and array indexes', () => {
    const p = validationProblem([
      err('email', { isEmail: 'email must be an e-mail address' }),
      err('availability', undefined, [err('0', undefined, [err('from', { isDate: 'from must be a date' })])]),
      err('extra', { whitelistValidation: 'property extra should not exist' }),
    ]);
    expect(p.getStatus()).toBe(400);
    expect(p.errors).toEqual([
      { field: 'email', message: 'email must be an e-mail address', code: 'isEmail' },
      { field: 'availability[0].from', message: 'from must be a date', code: 'isDate' },
      { field: 'extra', message: 'is not an allowed field', code: 'whitelistValidation' },
    ]);
    expect(p.detail).toBe('email: email must be an e-mail address; availability[0].from: from must be a date; extra: is not an allowed field');
  });
});

class NameDto {
  @IsString() @Length(3, 20) name: string;
  @IsString() @Length(3, 20) city: string;
}

describe('the validation pipe and NUL characters', () => {
  const pipe = createValidationPipe();

  async function refusal(value: unknown, meta: Parameters<typeof pipe.transform>[1]): Promise<Problem> {
    try {
      await pipe.transform(value, meta);
    } catch (e) {
      if (e instanceof Problem) return e;
      throw e;
    }
    throw new Error('not refused');
  }

  it('refuses a NUL in a body field by its name, with the body\'s other problems beside it', async () => {
    const p = await refusal({ name: 'A\u0000B', extra: 1 }, { type: 'body', metatype: NameDto });
    expect(p.getStatus()).toBe(400);
    expect(p.slug).toBe('validation');
    expect(p.errors).toEqual([
      { field: 'name', message: NUL_MESSAGE, code: 'nul' },
      { field: 'extra', message: 'is not an allowed field', code: 'whitelistValidation' },
      { field: 'city', message: 'city must be longer than or equal to 3 characters', code: 'isLength' },
      { field: 'city', message: 'city must be a string', code: 'isString' },
    ]);
    expect(p.detail).toContain(`name: ${NUL_MESSAGE}`);
  });

  it('names a path or query parameter taken alone, before its own pipe runs', async () => {
    expect((await refusal('\u0000', { type: 'param', data: 'id', metatype: String })).errors).toEqual([{ field: 'id', message: NUL_MESSAGE, code: 'nul' }]);
    expect((await refusal('x\u0000', { type: 'query', data: 'open', metatype: String })).errors).toEqual([{ field: 'open', message: NUL_MESSAGE, code: 'nul' }]);
    expect((await refusal({ sector: '\u0000' }, { type: 'query', metatype: Object })).errors).toEqual([{ field: 'sector', message: NUL_MESSAGE, code: 'nul' }]);
  });

  it('passes clean input on to the usual validation, and leaves custom parameters alone', async () => {
    await expect(pipe.transform({ name: 'Sam', city: 'Ede' }, { type: 'body', metatype: NameDto })).resolves.toBeInstanceOf(NameDto);
    expect((await refusal({ name: 'Sam' }, { type: 'body', metatype: NameDto })).errors).toEqual([
      { field: 'city', message: 'city must be longer than or equal to 3 characters', code: 'isLength' },
      { field: 'city', message: 'city must be a string', code: 'isString' },
    ]);
    const actor = { note: 'a\u0000' };
    await expect(pipe.transform(actor, { type: 'custom', metatype: Object })).resolves.toBe(actor);
  });
});
