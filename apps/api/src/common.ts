import { type ArgumentMetadata, applyDecorators, Injectable, type PipeTransform } from '@nestjs/common';
import { Problem } from '@startbaan/platform';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested, type ValidationArguments } from 'class-validator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path ids are UUIDs; anything else is a 400 that names the parameter. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, meta: ArgumentMetadata): string {
    if (!UUID.test(value)) throw Problem.invalid(meta.data ?? 'id', 'must be a UUID');
    return value.toLowerCase();
  }
}

/**
 * An object inside a request body, checked as its class says. `ValidateNested` alone lets a
 * missing object through (class-validator skips undefined) and validates an array in its place
 * element by element, so the handler would get `undefined` or `[]` where the type says an
 * object. With `@Omittable()` before it, leaving the object out stays allowed.
 */
export function NestedObject(type: () => new () => object, requiredMessage = '$property is required'): PropertyDecorator {
  return applyDecorators(
    IsObject({ message: (args: ValidationArguments) => (args.value === undefined || args.value === null ? requiredMessage : '$property must be an object') }),
    ValidateNested(),
    Type(type),
  );
}
