import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Problem } from '@startbaan/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path ids are UUIDs; anything else is a 400 that names the parameter. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, meta: ArgumentMetadata): string {
    if (!UUID.test(value)) throw Problem.invalid(meta.data ?? 'id', 'must be a UUID');
    return value.toLowerCase();
  }
}

export class FieldErrorDto {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'email must be an email' }) message: string;
}

/** RFC 9457 problem details: the shape of every error response. */
export class ProblemDto {
  @ApiProperty({ example: '/problems/validation' }) type: string;
  @ApiProperty({ example: 'Invalid input' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: 'email: email must be an email' }) detail: string;
  @ApiProperty({ required: false }) instance?: string;
  @ApiProperty({ type: [FieldErrorDto], required: false }) errors?: FieldErrorDto[];
}
