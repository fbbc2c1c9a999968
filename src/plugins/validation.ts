// Request validation. Query strings and path params arrive as strings and are coerced to the declared
// types (Fastify's defaults); JSON bodies are not: {"text": 5} is a schema violation and gets a 400
// instead of being quietly turned into the article "5", and an unknown field (a typo such as
// "publishedat") is a 400 rather than silently dropped.
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import fp from 'fastify-plugin';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const common: Options = { useDefaults: true, allErrors: false, strict: false };

function ajv(options: Options): Ajv {
  const instance = new Ajv({ ...common, ...options });
  addFormats(instance);
  return instance;
}

export default fp(
  async (app) => {
    const bodies = ajv({ coerceTypes: false, removeAdditional: false });
    const strings = ajv({ coerceTypes: 'array', removeAdditional: true });
    app.setValidatorCompiler(({ schema, httpPart }) =>
      (httpPart === 'body' ? bodies : strings).compile(schema),
    );
  },
  { name: 'validation' },
);
