import type { Type } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/** The same text in both languages the API writes: the reader (or the portal) picks one. */
export class TextDto {
  @ApiProperty() nl: string;
  @ApiProperty() en: string;
}

/** Something named where it is referred to: an employer, an account manager. */
export class NamedRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** The cursor of the next page, as every page of a list carries it. */
export const NEXT_CURSOR = { type: String, nullable: true, description: 'the cursor of the next page; null on the last' } as const;

/**
 * A schema whose properties are these keys, each described by `property` (a count, by default):
 * for an answer that is a record over a fixed list of keys, named from the list the service
 * itself uses, so that the document cannot drift from it.
 */
export function recordDto(name: string, keys: readonly string[], property: ApiPropertyOptions = { type: 'integer' }): Type<unknown> {
  const dto = { [name]: class {} }[name]!;
  for (const key of keys) ApiProperty(property)(dto.prototype, key);
  return dto;
}
