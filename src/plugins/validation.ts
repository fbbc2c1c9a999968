// Request validation. Query strings and path params arrive as strings and are coerced to the declared
// types (Fastify's defaults); JSON bodies are not: {"text": 5} is a schema violation and gets a 400
// instead of being quietly turned into the article "5". An unknown field or query parameter (a typo such
// as "publishedat" or "speakr") is a 400 naming it rather than silently dropped.
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import fp from 'fastify-plugin';
import { describeValidation } from './validation-errors.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

// verbose: errors carry their schema, so an unknown parameter's error can list the known ones.
const common: Options = { useDefaults: true, allErrors: false, strict: false, verbose: true };

function ajv(options: Options): Ajv {
  const instance = new Ajv({ ...common, ...options });
  addFormats(instance);
  return instance;
}

// ajv coerces a string to an integer the way Number() does, so 0x10, 1e1, +5, ' 7', 016 and 1.0 would all
// pass as numbers the client never wrote. A '-' is let through: the schema's minimum decides on negatives.
const PLAIN_DIGITS = /^(0|-?[1-9][0-9]*)$/;

/**
 * The ajv validator, behind a check that every integer property still given as a string is plain
 * decimal digits. Query strings and paths are flat (name=value), so only top-level properties can hold
 * an integer. The schema itself is left alone: the OpenAPI document still says integer.
 */
function plainIntegers(schema: FastifySchema, validate: ValidateFunction): ReturnType<FastifySchemaCompiler<unknown>> {
  const properties = Object.entries({ ...(schema as { properties?: Record<string, { type?: unknown }> }).properties });
  const integers = properties.filter(([, property]) => property.type === 'integer').map(([name]) => name);
  return (data: Record<string, unknown>) => {
    const wrong = integers.find((name) => typeof data[name] === 'string' && !PLAIN_DIGITS.test(data[name]));
    if (wrong !== undefined) {
      // In ajv's error shape, so Fastify words it like any other ("querystring/limit must be ...").
      const message = 'must be a whole number written in plain digits';
      return {
        error: [{ keyword: 'plainDigits', instancePath: `/${wrong}`, schemaPath: `#/properties/${wrong}/type`, params: {}, message }],
      };
    }
    // ajv sets its errors whenever it answers false.
    return validate(data) || { error: validate.errors as ErrorObject[] };
  };
}

export default fp(
  async (app) => {
    const bodies = ajv({ coerceTypes: false, removeAdditional: false });
    const strings = ajv({ coerceTypes: 'array', removeAdditional: false });
    app.setSchemaErrorFormatter((errors, dataVar) => new Error(describeValidation(errors, dataVar)));
    app.setValidatorCompiler(({ schema, httpPart }) =>
      httpPart === 'body' ? bodies.compile(schema) : plainIntegers(schema, strings.compile(schema)),
    );
  },
  { name: 'validation' },
);
