import type { ValidationError } from '@nestjs/common';
import { validationProblem } from './validation.js';

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
      { field: 'email', message: 'email must be an e-mail address' },
      { field: 'availability[0].from', message: 'from must be a date' },
      { field: 'extra', message: 'is not an allowed field' },
    ]);
    expect(p.detail).toBe('email: email must be an e-mail address; availability[0].from: from must be a date; extra: is not an allowed field');
  });
});
