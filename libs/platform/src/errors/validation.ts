import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { fieldsWithNul } from '../http/input-rules.js';
import { type FieldError, Problem } from './problem.js';

function flatten(errors: ValidationError[], prefix: string, out: FieldError[]): FieldError[] {
  for (const e of errors) {
    const field = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : prefix ? `${prefix}.${e.property}` : e.property;
    for (const [rule, message] of Object.entries(e.constraints ?? {})) {
      out.push({ field, message: rule === 'whitelistValidation' ? 'is not an allowed field' : message, code: rule });
    }
    if (e.children?.length) flatten(e.children, field, out);
  }
  return out;
}

function fieldsProblem(list: FieldError[]): Problem {
  const detail = list.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new Problem(400, 'validation', 'Invalid input', detail || 'The request is invalid.', {}, list);
}

export function validationProblem(errors: ValidationError[]): Problem {
  return fieldsProblem(flatten(errors, '', []));
}

export const NUL_MESSAGE = 'must not contain a NUL character (U+0000)';

/**
 * The global validation pipe, which first looks at every text in a body, query and path
 * parameter for what PostgreSQL cannot store (a NUL character): that is refused for every route
 * and field alike, whether or not a DTO describes it, before anything is written.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body' && metadata.type !== 'query' && metadata.type !== 'param') return super.transform(value, metadata);
    const withNul = fieldsWithNul(value, metadata.data ?? '').map((field) => ({ field, message: NUL_MESSAGE, code: 'nul' }));
    if (!withNul.length) return super.transform(value, metadata);
    // The other problems of the same input are named too, so that one answer lists them all.
    let others: FieldError[] = [];
    try {
      await super.transform(value, metadata);
    } catch (err) {
      if (err instanceof Problem && err.slug === 'validation' && err.errors) others = err.errors.filter((e) => !withNul.some((n) => n.field === e.field));
    }
    throw fieldsProblem([...withNul, ...others]);
  }
}

/** The one pipe every route goes through: unknown fields are refused, types converted, text checked for NUL. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: validationProblem,
  });
}
