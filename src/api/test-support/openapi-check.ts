import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { API_VERSION, openApiDocument } from "../openapi.js";
import { API_ROUTES } from "../routes.js";

const addFormats = addFormatsModule.default;
const DOC_ID = "https://corroborate.invalid/openapi.json";

/** JSON Pointer escaping of one reference token (RFC 6901). */
const pointer = (token: string) => token.replace(/~/gu, "~0").replace(/\//gu, "~1");

/**
 * Checks answers against the OpenAPI document the server publishes: the answer's status must be
 * documented for its operation, its media type listed, and a JSON body must validate against the
 * listed schema. Returns the problems, empty when the answer is as documented.
 */
export function createOpenApiCheck(): (method: string, path: string, status: number, contentType: string | null, body: string) => string[] {
  const doc = openApiDocument(API_ROUTES, API_VERSION);
  // The document is not itself a schema: strict mode would refuse its OpenAPI keywords.
  const ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: DOC_ID });
  const paths = doc["paths"] as Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
  const templates = Object.keys(paths).map((t) => ({ t, re: new RegExp(`^${t.replace(/\{\w+\}/gu, "[^/]+")}$`, "u") }));
  const validateAt = (ref: string, body: string): string[] => {
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    if (validate(JSON.parse(body))) return [];
    return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message ?? "invalid"}`);
  };
  return (method, path, status, contentType, body) => {
    const template = templates.find(({ re }) => re.test(path))?.t;
    // A path the document does not list can only be refused, with a problem as the components define it.
    if (!template) return status >= 400 && status < 500 ? validateAt(`${DOC_ID}#/components/schemas/Problem`, body) : [`${path} answered ${status}`];
    const operation = paths[template]?.[method.toLowerCase()];
    const problemSchema = `${DOC_ID}#/components/schemas/Problem`;
    if (!operation) return status === 405 ? validateAt(problemSchema, body) : [`${method} ${template} answered ${status}, not 405`];
    const answer = operation?.responses[String(status)];
    if (!answer) return [`${method} ${template} does not document status ${status}`];
    if (!answer.content) return body === "" ? [] : [`${method} ${template} ${status} documents no body, got one`];
    const media = (contentType ?? "").split(";")[0]?.trim() ?? "";
    if (!(media in answer.content)) return [`${method} ${template} ${status} does not list ${media}`];
    const entry = answer.content[media] as { schema?: unknown };
    if (!entry.schema || !media.endsWith("json")) return [];
    const ref = `${DOC_ID}#/paths/${pointer(template)}/${method.toLowerCase()}/responses/${status}/content/${pointer(media)}/schema`;
    return validateAt(ref, body);
  };
}
