import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldError, Problem } from './problem.js';

function flatten(errors: ValidationError[], prefix: string, out: FieldError[]): FieldError[] {
  for (const e of errors) {
    const field = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : prefix ? `${prefix}.${e.property}` : e.property;
    for (const [rule, message] of Object.entries(e.constraints ?? {})) {
      out.push({ field, message: rule === 'whitelistValidation' ? 'is not an allowed field' : message });
    }
    if (e.children?.length) flatten(e.children, field, out);
  }
  return out;
}

export function validationProblem(errors: ValidationError[]): Problem {
  const list = flatten(errors, '', []);
  const detail = list.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new Problem(400, 'validation', 'Invalid input', detail || 'The request is invalid.', {}, list);
}

/** The one pipe every route goes through: unknown fields are refused, types converted. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: validationProblem,
  });
}
