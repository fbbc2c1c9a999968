// Validation errors in words a client can act on: the field, and what it must be. ajv's own text says
// "querystring must NOT have additional properties" (which one?) and, for a body that may be an object
// or a string, lists a failure for each form.
import type { ErrorObject } from 'ajv';

function describe(error: ErrorObject, dataVar: string): string {
  const field = `${dataVar}${error.instancePath}`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as { properties: object }).properties);
      const what = dataVar === 'querystring' ? 'query parameter' : 'field';
      return `${field}: "${params.additionalProperty}" is not a ${what} here; expected one of ${known.join(', ')}`;
    }
    case 'required':
      return `${field}/${params.missingProperty} is required`;
    case 'enum':
      return `${field} must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    default:
      return `${field} ${error.message}`;
  }
}

/**
 * One sentence for a failed validation. A union (anyOf) reports a failure per alternative: the ones that
 * failed deeper in the data say more than "must be string" at its top, and alternatives that each only
 * failed on the type are said together ("must be object or string").
 */
export function describeValidation(errors: ErrorObject[], dataVar: string): string {
  const relevant = errors.filter((e) => e.keyword !== 'anyOf');
  const deepest = Math.max(...relevant.map((e) => e.instancePath.length));
  const atDepth = relevant.filter((e) => e.instancePath.length === deepest);
  const specific = atDepth.find((e) => e.keyword !== 'type');
  if (specific || atDepth.length === 1) return describe(specific ?? atDepth[0], dataVar);
  const types = atDepth.map((e) => (e.params as { type: string }).type);
  return `${dataVar}${atDepth[0].instancePath} must be one of ${types.join(', ')}`;
}
