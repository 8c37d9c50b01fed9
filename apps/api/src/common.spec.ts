import { Omittable } from '@startbaan/platform';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, IsString, validateSync, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';
import { NestedObject } from './common.js';
// Every controller, and so every request class the API validates, registers its rules on import.
import { ApiModule } from './app.module.js';

class Inner {
  @IsString() name: string;
}

class Outer {
  @NestedObject(() => Inner) required: Inner;
  @Omittable() @NestedObject(() => Inner) optional?: Inner;
}

const fieldsRefused = (body: unknown): string[] => validateSync(plainToInstance(Outer, body) as object).map((e) => e.property);

describe('NestedObject', () => {
  it('refuses a required object that is missing, null, an array or not an object, in one message', () => {
    for (const required of [undefined, null, [], ['x'], 'text', 42]) expect(fieldsRefused({ required })).toEqual(['required']);
    const [missing] = validateSync(plainToInstance(Outer, {}) as object);
    expect(Object.values(missing!.constraints!)).toEqual(['required is required']);
    const [array] = validateSync(plainToInstance(Outer, { required: [] }) as object);
    expect(Object.values(array!.constraints!)).toEqual(['required must be an object']);
  });

  it('validates the object by its class, and lets an optional one be left out but not be an array', () => {
    expect(fieldsRefused({ required: { name: 'x' } })).toEqual([]);
    expect(fieldsRefused({ required: { name: 7 } })).toEqual(['required']);
    expect(fieldsRefused({ required: { name: 'x' }, optional: [] })).toEqual(['optional']);
    expect(fieldsRefused({ required: { name: 'x' }, optional: { name: 'y' } })).toEqual([]);
  });
});

describe('the request classes of every route', () => {
  it('check each nested object with NestedObject, so that a missing or misshapen one is a 400 and not a crash in the handler', () => {
    expect(ApiModule).toBeDefined();
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function, ValidationMetadata[]> };
    const loose: string[] = [];
    for (const [target, metadatas] of storage.validationMetadatas) {
      if (target === Outer || target === Inner) continue;
      const byProperty = new Map<string, ValidationMetadata[]>();
      for (const m of metadatas) byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
      for (const [property, rules] of byProperty) {
        const nested = rules.find((r) => r.type === ValidationTypes.NESTED_VALIDATION);
        if (!nested || nested.each) continue;
        if (!rules.some((r) => r.name === 'isObject')) loose.push(`${target.name}.${property}`);
      }
    }
    // The check sees the API's classes at all: the check-in's skills are one such object.
    expect([...storage.validationMetadatas.keys()].map((t) => t.name)).toContain('CheckInDto');
    expect(loose).toEqual([]);
  });
});
