import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** The parts of an OpenAPI 3.0 document the contract suites read. */
export type OasSchema = Record<string, unknown>;

export interface OasParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: OasSchema;
}

export interface OasMedia {
  schema?: OasSchema;
}

export interface OasResponse {
  description?: string;
  content?: Record<string, OasMedia>;
}

export interface OasOperation {
  operationId?: string;
  parameters?: OasParameter[];
  requestBody?: { required?: boolean; content: Record<string, OasMedia> };
  responses: Record<string, OasResponse>;
  security?: Record<string, string[]>[];
  'x-roles'?: string[];
  'x-public'?: boolean;
}

export interface OasDocument {
  openapi: string;
  paths: Record<string, Record<string, OasOperation>>;
  components?: { schemas?: Record<string, OasSchema> };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface Operation {
  method: HttpMethod;
  path: string;
  op: OasOperation;
  /** `GET /youths/{id}`: how findings name it. */
  label: string;
}

export function operations(doc: OasDocument): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op) out.push({ method, path, op, label: `${method.toUpperCase()} ${path}` });
    }
  }
  return out;
}

/** JSON Schema (draft-07, as Ajv reads it), converted from the document's schemas. */
export type JsonSchema = Record<string, unknown>;

/** Where the converted component schemas live for Ajv, and how a `$ref` names one. */
export const COMPONENTS_ID = 'openapi-components';
const COMPONENT_REF = '#/components/schemas/';

/** OpenAPI keywords that are not JSON Schema (or are annotations Ajv's strict mode refuses). */
const DROPPED = new Set(['example', 'examples', 'xml', 'externalDocs', 'discriminator', 'deprecated', 'nullable', 'readOnly', 'writeOnly']);

export interface ConvertOptions {
  /**
   * Objects without an `additionalProperties` of their own refuse unknown properties: true for
   * what the API reads, whose validation pipe refuses unknown fields (forbidNonWhitelisted).
   */
  closed?: boolean;
  /** How a component reference is written in the result: into the components document by default. */
  ref?: (name: string) => string;
}

/**
 * OpenAPI 3.0 schema → JSON Schema: `nullable: true` also admits null (around `$ref`, `allOf`
 * and `enum` too, where adding "null" to `type` would not do), a boolean `exclusiveMinimum`
 * becomes the draft-07 number, references point into the components document, and the
 * keywords that are not JSON Schema go.
 */
export function toJsonSchema(schema: OasSchema, options: ConvertOptions = {}): JsonSchema {
  const ref = options.ref ?? ((name: string) => `${COMPONENTS_ID}#/definitions/${name}`);
  const convert = (s: unknown): unknown => {
    if (Array.isArray(s)) return s.map(convert);
    if (!s || typeof s !== 'object') return s;
    const src = s as OasSchema;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(src)) {
      if (DROPPED.has(key) || key.startsWith('x-')) continue;
      switch (key) {
        case '$ref': {
          const target = String(value);
          if (!target.startsWith(COMPONENT_REF)) throw new Error(`unsupported $ref ${target}`);
          out.$ref = ref(target.slice(COMPONENT_REF.length));
          break;
        }
        case 'properties':
          out.properties = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, convert(v)]));
          break;
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
          const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
          if (value === true && typeof src[bound] === 'number') out[key] = src[bound];
          else if (typeof value === 'number') out[key] = value;
          break;
        }
        case 'minimum':
        case 'maximum': {
          const exclusive = key === 'minimum' ? src.exclusiveMinimum : src.exclusiveMaximum;
          if (exclusive !== true) out[key] = value;
          break;
        }
        case 'default':
        case 'enum':
        case 'const':
        case 'required':
          out[key] = value;
          break;
        default:
          out[key] = convert(value);
      }
    }
    if (options.closed && isObjectSchema(out) && out.additionalProperties === undefined && out.properties) out.additionalProperties = false;
    // An enum that allows null must list it, and `type` must too; anyOf keeps it right beside $ref and allOf.
    if (src.nullable === true) return { anyOf: [out, { type: 'null' }] };
    return out;
  };
  return convert(schema) as JsonSchema;
}

const isObjectSchema = (s: JsonSchema): boolean => s.type === 'object' || (s.type === undefined && s.properties !== undefined);

/** Every component schema converted, as one document Ajv can resolve references into. */
export function componentsSchema(doc: OasDocument, options: Omit<ConvertOptions, 'ref'> = {}, id = COMPONENTS_ID): JsonSchema {
  const definitions = Object.fromEntries(Object.entries(doc.components?.schemas ?? {}).map(([name, s]) => [name, toJsonSchema(s, { ...options, ref: (n) => `#/definitions/${n}` })]));
  return { $id: id, definitions };
}

/** Every `format` the document uses that Ajv does not know is an annotation: OpenAPI leaves formats open ("password"). */
function formatsIn(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => formatsIn(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'format' && typeof v === 'string') out.add(v);
      else formatsIn(v, out);
    }
  }
  return out;
}

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** An Ajv that knows the document's components, for responses (as written) and requests (closed). */
export function ajvFor(doc: OasDocument): { ajv: Ajv; requestRef: (name: string) => string } {
  const ajv = new Ajv({ allErrors: true, multipleOfPrecision: 9, verbose: true, strict: true, strictTypes: false, strictTuples: false, logger: false });
  addFormats(ajv);
  for (const format of formatsIn(doc)) if (!ajv.formats[format]) ajv.addFormat(format, true);
  ajv.addSchema(componentsSchema(doc));
  ajv.addSchema(componentsSchema(doc, { closed: true }, `${COMPONENTS_ID}-request`));
  return { ajv, requestRef: (name) => `${COMPONENTS_ID}-request#/definitions/${name}` };
}

/** The media type without parameters, lower case: `application/json; charset=utf-8` → `application/json`. */
export const bareMediaType = (contentType: string | undefined): string => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * The response the document declares for a status: the exact code, else its range (`4XX`),
 * else `default`; undefined when none applies.
 */
export function declaredResponse(op: OasOperation, status: number): { key: string; response: OasResponse } | undefined {
  for (const key of [String(status), `${String(status)[0]}XX`, `${String(status)[0]}xx`, 'default']) {
    const response = op.responses[key];
    if (response) return { key, response };
  }
  return undefined;
}

/** The declared media type entry matching a response's Content-Type: exact, then `type/*`, then `*\/*`. */
export function declaredMedia(response: OasResponse, contentType: string): { key: string; media: OasMedia } | undefined {
  const content = response.content ?? {};
  const bare = bareMediaType(contentType);
  const byKey = new Map(Object.entries(content).map(([k, v]) => [bareMediaType(k), { key: k, media: v }]));
  return byKey.get(bare) ?? byKey.get(`${bare.split('/')[0]}/*`) ?? byKey.get('*/*');
}

export const isJsonMediaType = (mediaType: string): boolean => /^application\/(?:[\w.-]+\+)?json$/.test(bareMediaType(mediaType));

export interface ResponseSeen {
  status: number;
  contentType: string | undefined;
  /** The body as sent (the empty string for none). */
  text: string;
}

export type ViolationKind = 'server-error' | 'undeclared' | 'schema';

export interface Violation {
  kind: ViolationKind;
  message: string;
}

/** Checks one response against what the operation declares: status, media type, body. */
export class ResponseChecker {
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(doc: OasDocument) {
    this.ajv = ajvFor(doc).ajv;
  }

  check(op: OasOperation, res: ResponseSeen): Violation[] {
    const out: Violation[] = [];
    if (res.status >= 500) out.push({ kind: 'server-error', message: `answered ${res.status}` });
    const declared = declaredResponse(op, res.status);
    if (!declared) {
      out.push({ kind: 'undeclared', message: `status ${res.status} is not declared (declared: ${Object.keys(op.responses).join(', ')})` });
      return out;
    }
    const hasBody = res.text.length > 0;
    const content = declared.response.content;
    if (!content || Object.keys(content).length === 0) {
      if (hasBody) out.push({ kind: 'undeclared', message: `${declared.key} declares no body, but a ${bareMediaType(res.contentType) || 'body without Content-Type'} came` });
      return out;
    }
    if (!hasBody) {
      out.push({ kind: 'schema', message: `${declared.key} declares ${Object.keys(content).join(', ')}, but the body is empty` });
      return out;
    }
    const media = declaredMedia(declared.response, res.contentType ?? '');
    if (!media) {
      out.push({ kind: 'undeclared', message: `media type ${bareMediaType(res.contentType) || '(none)'} is not declared for ${declared.key} (declared: ${Object.keys(content).join(', ')})` });
      return out;
    }
    if (!media.media.schema) return out;
    let body: unknown = res.text;
    if (isJsonMediaType(media.key)) {
      try {
        body = JSON.parse(res.text);
      } catch {
        out.push({ kind: 'schema', message: `${declared.key} ${media.key}: the body is not JSON` });
        return out;
      }
    }
    const validate = this.validator(`${declared.key} ${media.key} ${JSON.stringify(media.media.schema)}`, media.media.schema);
    if (!validate(body)) out.push({ kind: 'schema', message: `${declared.key} ${media.key}: ${describeErrors(validate)}` });
    return out;
  }

  private validator(key: string, schema: OasSchema): ValidateFunction {
    let v = this.validators.get(key);
    if (!v) {
      v = this.ajv.compile(toJsonSchema(schema));
      this.validators.set(key, v);
    }
    return v;
  }
}

const typeOfValue = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Ajv's errors in a line, one clause per place and rule, with array indices as `*`: the same
 * fault in every item of a list is said once (and the same fault in another answer reads the
 * same, so the findings group). Where no branch of an anyOf allows the value's type, that is one
 * clause too, not one per branch.
 */
export function describeErrors(validate: ValidateFunction, max = 6): string {
  const errors = validate.errors ?? [];
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const clauses = new Set<string>();
  const add = (clause: string) => clauses.add(clause);
  const where = (path: string) => (path || '(body)').replace(/\/\d+(?=\/|$)/g, '/*');
  const folded = new Set<ErrorObject>();
  for (const u of unions) {
    const branches = errors.filter((e) => e !== u && e.instancePath === u.instancePath && e.schemaPath.startsWith(`${u.schemaPath}/`));
    if (branches.length === 0 || !branches.every((b) => b.keyword === 'type')) continue;
    const types = [...new Set(branches.map((b) => String((b.params as { type?: unknown }).type)))];
    add(`${where(u.instancePath)} is ${typeOfValue(u.data)}, not ${types.join(' or ')}`);
    folded.add(u);
    branches.forEach((b) => folded.add(b));
  }
  for (const e of errors) {
    if (folded.has(e)) continue;
    const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : '';
    add(`${where(e.instancePath)} ${e.message ?? e.keyword}${extra}`);
  }
  const lines = [...clauses];
  return lines.slice(0, max).join('; ') + (lines.length > max ? `; and ${lines.length - max} more` : '');
}
