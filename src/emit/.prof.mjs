var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/diagnostics/pointer.ts
function escapePointerSegment(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapePointerSegment(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function segmentsOf(pointer) {
  let body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (body === "" || body === "/") return body === "/" ? [""] : [];
  if (!body.startsWith("/")) throw new Error(`not a JSON pointer: ${pointer}`);
  body = body.slice(1);
  return body.split("/").map((s) => {
    let decoded = s;
    try {
      decoded = decodeURIComponent(s);
    } catch {
    }
    return unescapePointerSegment(decoded);
  });
}
function childPointer(pointer, ...segments) {
  const base = pointer === "#" ? "#" : pointer;
  return segments.reduce((p, s) => `${p}/${escapePointerSegment(s)}`, base);
}
function resolvePointer(root, pointer) {
  let node = root;
  for (const segment of segmentsOf(pointer)) {
    if (node === null || typeof node !== "object") return void 0;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return void 0;
    node = node[segment];
  }
  return node;
}
var init_pointer = __esm({
  "src/diagnostics/pointer.ts"() {
    "use strict";
  }
});

// src/ir/types.ts
var IR_VERSION;
var init_types = __esm({
  "src/ir/types.ts"() {
    "use strict";
    IR_VERSION = 1;
  }
});

// src/ir/swagger2/context.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function asStringArray(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function followRef(ctx, node, seen = /* @__PURE__ */ new Set()) {
  if (!isObject(node) || typeof node.$ref !== "string") return { node };
  const ref = node.$ref;
  if (!ref.startsWith("#") || seen.has(ref)) return { node: void 0 };
  seen.add(ref);
  const target = resolvePointer(ctx.document, ref);
  if (target === void 0) return { node: void 0 };
  const next = followRef(ctx, target, seen);
  return { node: next.node, pointer: next.pointer ?? ref };
}
var init_context = __esm({
  "src/ir/swagger2/context.ts"() {
    "use strict";
    init_pointer();
  }
});

// src/ir/swagger2/info.ts
function readInfo(ctx) {
  const info = isObject(ctx.document.info) ? ctx.document.info : {};
  const description = asString(info.description);
  const license = isObject(info.license) ? info.license : void 0;
  const contact = isObject(info.contact) ? info.contact : void 0;
  const licenseName = asString(license?.name);
  const licenseUrl = asString(license?.url);
  const contactFields = contact ? Object.fromEntries(
    ["name", "email", "url"].flatMap((k) => typeof contact[k] === "string" ? [[k, contact[k]]] : [])
  ) : {};
  return {
    title: asString(info.title) ?? "API",
    version: asString(info.version) ?? String(info.version ?? "0.0.0"),
    ...description === void 0 ? {} : { description },
    ...licenseName === void 0 ? {} : { license: { name: licenseName, ...licenseUrl === void 0 ? {} : { url: licenseUrl } } },
    ...Object.keys(contactFields).length === 0 ? {} : { contact: contactFields }
  };
}
function readTags(ctx) {
  const tags = Array.isArray(ctx.document.tags) ? ctx.document.tags : [];
  return tags.filter(isObject).flatMap((t) => {
    const name = asString(t.name);
    const description = asString(t.description);
    return name === void 0 ? [] : [{ name, ...description === void 0 ? {} : { description } }];
  });
}
function readServers(ctx) {
  const rawBase = asString(ctx.document.basePath) ?? "";
  const basePath = rawBase === "/" ? "" : rawBase.replace(/\/+$/, "");
  const host = asString(ctx.document.host);
  if (host === void 0 || host === "") return { servers: [], basePath };
  const declared = asStringArray(ctx.document.schemes).filter((s) => s === "https" || s === "http");
  const schemes = declared.length === 0 ? ["https"] : [...new Set(declared)].sort((a, b) => a === "https" ? -1 : b === "https" ? 1 : 0);
  return { servers: schemes.map((scheme) => `${scheme}://${host}${basePath}`), basePath };
}
var init_info = __esm({
  "src/ir/swagger2/info.ts"() {
    "use strict";
    init_context();
  }
});

// src/ir/swagger2/schema.ts
function readSchema(ctx, node, pointer, inlining = /* @__PURE__ */ new Set()) {
  if (!isObject(node)) return { kind: "unknown", pointer };
  if (typeof node.$ref === "string") return readRef(ctx, node.$ref, pointer, inlining);
  const common = readCommon(node, pointer);
  if (Array.isArray(node.allOf)) {
    const allOf = node.allOf.map((part, i) => readSchema(ctx, part, childPointer(pointer, "allOf", i), inlining));
    const own = hasObjectShape(node) ? [readObject(ctx, node, pointer, inlining, common)] : [];
    return { kind: "allOf", allOf: [...allOf, ...own], ...common };
  }
  const type = schemaType(node);
  switch (type) {
    case "object":
      return readObject(ctx, node, pointer, inlining, common);
    case "array":
      return { kind: "array", items: readSchema(ctx, node.items, childPointer(pointer, "items"), inlining), ...common };
    case "string":
    case "number":
    case "integer":
    case "boolean":
    case "null":
      return readPrimitive(node, type, common);
    default:
      return { kind: "unknown", ...common };
  }
}
function readRef(ctx, ref, pointer, inlining) {
  if (!ref.startsWith("#")) return { kind: "unknown", pointer };
  let segments;
  try {
    segments = segmentsOf(ref);
  } catch {
    return { kind: "unknown", pointer };
  }
  const target = resolvePointer(ctx.document, ref);
  if (target === void 0) return { kind: "unknown", pointer };
  if (segments.length === 2 && segments[0] === "definitions" && segments[1] !== void 0) {
    return { kind: "ref", name: segments[1], pointer };
  }
  if (inlining.has(ref)) return { kind: "unknown", pointer: ref };
  return readSchema(ctx, target, ref, /* @__PURE__ */ new Set([...inlining, ref]));
}
function readCommon(node, pointer) {
  return {
    pointer,
    ...typeof node.description === "string" ? { description: node.description } : {},
    ...node.readOnly === true ? { readOnly: true } : {},
    ...node["x-nullable"] === true ? { nullable: true } : {},
    ...node["x-deprecated"] === true || node.deprecated === true ? { deprecated: true } : {},
    ...node.default !== void 0 ? { default: node.default } : {}
  };
}
function schemaType(node) {
  const declared = node.type;
  if (typeof declared === "string") return JSON_SCHEMA_TYPES.has(declared) ? declared : void 0;
  if (declared !== void 0) return void 0;
  if (hasObjectShape(node)) return "object";
  if (node.items !== void 0) return "array";
  if (Array.isArray(node.enum) && node.enum.length > 0) {
    const kinds = new Set(node.enum.map((v) => v === null ? "null" : typeof v));
    if (kinds.size === 1) {
      const only = [...kinds][0];
      if (only === "string" || only === "boolean") return only;
      if (only === "number") return "number";
    }
  }
  return void 0;
}
function hasObjectShape(node) {
  return isObject(node.properties) || node.additionalProperties !== void 0 || Array.isArray(node.required);
}
function readObject(ctx, node, pointer, inlining, common) {
  const required = new Set(Array.isArray(node.required) ? node.required.filter((r) => typeof r === "string") : []);
  const properties = [];
  if (isObject(node.properties)) {
    for (const [name, value] of Object.entries(node.properties)) {
      const schema = readSchema(ctx, value, childPointer(pointer, "properties", name), inlining);
      properties.push({ name, required: required.has(name), schema });
    }
  }
  const extra = node.additionalProperties;
  const additionalProperties = typeof extra === "boolean" ? extra : isObject(extra) ? readSchema(ctx, extra, childPointer(pointer, "additionalProperties"), inlining) : void 0;
  return {
    kind: "object",
    properties,
    ...additionalProperties === void 0 ? {} : { additionalProperties },
    ...common
  };
}
function readPrimitive(node, type, common) {
  const values = Array.isArray(node.enum) ? node.enum.filter(isEnumValue) : void 0;
  const format2 = asString(node.format);
  return {
    kind: "primitive",
    type,
    ...format2 === void 0 ? {} : { format: format2 },
    ...values === void 0 || values.length === 0 ? {} : { enum: values },
    ...typeof node.pattern === "string" ? { pattern: node.pattern } : {},
    ...typeof node.minimum === "number" ? { minimum: node.minimum } : {},
    ...typeof node.maximum === "number" ? { maximum: node.maximum } : {},
    ...common
  };
}
function isEnumValue(value) {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}
var JSON_SCHEMA_TYPES;
var init_schema = __esm({
  "src/ir/swagger2/schema.ts"() {
    "use strict";
    init_pointer();
    init_context();
    JSON_SCHEMA_TYPES = /* @__PURE__ */ new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);
  }
});

// src/ir/swagger2/security.ts
function readSecuritySchemes(ctx) {
  const defs = ctx.document.securityDefinitions;
  if (!isObject(defs)) return [];
  const schemes = [];
  for (const [name, def] of Object.entries(defs).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (!isObject(def)) continue;
    const description = asString(def.description);
    const doc2 = description === void 0 ? {} : { description };
    if (def.type === "oauth2") {
      const flow = ["application", "password", "implicit", "accessCode"].find((f) => f === def.flow) ?? "application";
      const tokenUrl = asString(def.tokenUrl);
      const authorizationUrl = asString(def.authorizationUrl);
      schemes.push({
        kind: "oauth2",
        name,
        flow,
        ...tokenUrl === void 0 ? {} : { tokenUrl },
        ...authorizationUrl === void 0 ? {} : { authorizationUrl },
        scopes: isObject(def.scopes) ? Object.keys(def.scopes).sort() : [],
        ...doc2
      });
    } else if (def.type === "apiKey") {
      schemes.push({ kind: "apiKey", name, in: def.in === "query" ? "query" : "header", paramName: asString(def.name) ?? name, ...doc2 });
    } else if (def.type === "basic") {
      schemes.push({ kind: "basic", name, ...doc2 });
    }
  }
  return schemes;
}
function readSecurityRequirements(raw) {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((alternative) => ({
    schemes: Object.entries(alternative).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name, scopes]) => ({
      name,
      scopes: Array.isArray(scopes) ? scopes.filter((s) => typeof s === "string").sort() : []
    }))
  }));
}
var init_security = __esm({
  "src/ir/swagger2/security.ts"() {
    "use strict";
    init_context();
  }
});

// src/ir/swagger2/operations.ts
function readOperations(ctx) {
  const paths = ctx.document.paths;
  if (!isObject(paths)) return [];
  const globalConsumes = asStringArray(ctx.document.consumes);
  const globalProduces = asStringArray(ctx.document.produces);
  const operations = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    if (!path.startsWith("/")) continue;
    const itemPointer = childPointer("#/paths", path);
    const item = followRef(ctx, rawItem).node;
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const pointer = childPointer(itemPointer, method);
      operations.push(
        readOperation(ctx, op, { path, method, pointer, shared, itemPointer, globalConsumes, globalProduces })
      );
    }
  }
  return operations;
}
function readOperation(ctx, op, site) {
  const { parameters, body } = readParameters(ctx, op, site);
  const operationId = asString(op.operationId);
  if (operationId === void 0 || operationId.trim() === "") {
    ctx.report({
      code: "TC2006",
      message: `operation ${site.method.toUpperCase()} ${site.path} has no operationId; named ${syntheticId(site)}`,
      pointer: site.pointer
    });
  }
  const security = op.security === void 0 ? void 0 : readSecurityRequirements(op.security);
  const summary = asString(op.summary);
  const description = asString(op.description);
  return {
    operationId: operationId?.trim() ? operationId : syntheticId(site),
    method: site.method,
    path: site.path,
    ...summary === void 0 ? {} : { summary },
    ...description === void 0 ? {} : { description },
    tags: asStringArray(op.tags),
    deprecated: op.deprecated === true,
    parameters,
    ...body === void 0 ? {} : { body },
    responses: readResponses(ctx, op.responses, childPointer(site.pointer, "responses")),
    consumes: op.consumes === void 0 ? site.globalConsumes : asStringArray(op.consumes),
    produces: op.produces === void 0 ? site.globalProduces : asStringArray(op.produces),
    ...security === void 0 ? {} : { security },
    pointer: site.pointer
  };
}
function syntheticId(site) {
  const words2 = site.path.split("/").filter(Boolean).map((s) => s.startsWith("{") ? `by ${s.slice(1, -1)}` : s);
  return [site.method, ...words2].join(" ");
}
function readParameters(ctx, op, site) {
  const byKey = /* @__PURE__ */ new Map();
  const collect = (list, listPointer) => list.forEach((raw, i) => {
    const resolved = followRef(ctx, raw);
    if (!isObject(resolved.node)) return;
    const key = `${String(resolved.node.in)}\0${String(resolved.node.name)}`;
    byKey.set(key, { node: resolved.node, pointer: childPointer(listPointer, i) });
  });
  collect(site.shared, childPointer(site.itemPointer, "parameters"));
  collect(Array.isArray(op.parameters) ? op.parameters : [], childPointer(site.pointer, "parameters"));
  const parameters = [];
  let body;
  for (const { node, pointer } of byKey.values()) {
    const name = asString(node.name) ?? "";
    const description = asString(node.description);
    const doc2 = description === void 0 ? {} : { description };
    if (node.in === "body") {
      body = { name, required: node.required === true, schema: readSchema(ctx, node.schema, childPointer(pointer, "schema")), ...doc2, pointer };
      continue;
    }
    const location = LOCATIONS.find((l) => l === node.in);
    if (location === void 0) continue;
    const format2 = COLLECTION_FORMATS.find((f) => f === node.collectionFormat);
    parameters.push({
      name,
      in: location,
      required: location === "path" || node.required === true,
      schema: readParameterSchema(ctx, node, pointer),
      ...doc2,
      ...node["x-deprecated"] === true ? { deprecated: true } : {},
      ...format2 === void 0 ? {} : { collectionFormat: format2 },
      pointer
    });
  }
  return { parameters, body };
}
function readParameterSchema(ctx, node, pointer) {
  const { name: _name, in: _in, required: _required, description: _description, ...keywords } = node;
  return readSchema(ctx, keywords, pointer);
}
function readResponses(ctx, raw, pointer) {
  if (!isObject(raw)) return [];
  const responses = [];
  for (const [status, value] of Object.entries(raw)) {
    if (!/^(\d{3}|default)$/.test(status)) continue;
    const responsePointer = childPointer(pointer, status);
    const node = followRef(ctx, value).node;
    if (!isObject(node)) continue;
    const description = asString(node.description);
    const headers = isObject(node.headers) ? Object.entries(node.headers).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name, h]) => ({ name, schema: readSchema(ctx, h, childPointer(responsePointer, "headers", name)) })) : [];
    responses.push({
      status,
      ...description === void 0 ? {} : { description },
      ...node.schema === void 0 ? {} : { schema: readSchema(ctx, node.schema, childPointer(responsePointer, "schema")) },
      headers,
      pointer: responsePointer
    });
  }
  return responses.sort((a, b) => statusRank(a.status) - statusRank(b.status));
}
function statusRank(status) {
  return status === "default" ? 1e3 : Number(status);
}
var METHODS, LOCATIONS, COLLECTION_FORMATS;
var init_operations = __esm({
  "src/ir/swagger2/operations.ts"() {
    "use strict";
    init_pointer();
    init_context();
    init_schema();
    init_security();
    METHODS = ["get", "put", "post", "delete", "options", "head", "patch"];
    LOCATIONS = ["path", "query", "header", "formData"];
    COLLECTION_FORMATS = ["csv", "ssv", "tsv", "pipes", "multi"];
  }
});

// src/ir/build.ts
var build_exports = {};
__export(build_exports, {
  buildModel: () => buildModel,
  compare: () => compare
});
function buildModel(document, report) {
  const ctx = { document, report };
  const { servers, basePath } = readServers(ctx);
  return {
    irVersion: IR_VERSION,
    info: readInfo(ctx),
    servers,
    basePath,
    securitySchemes: readSecuritySchemes(ctx),
    security: readSecurityRequirements(document.security),
    tags: readTags(ctx),
    types: readDefinitions(ctx),
    operations: dedupeOperationIds(readOperations(ctx)).sort((a, b) => compare(a.operationId, b.operationId)),
    resources: []
  };
}
function readDefinitions(ctx) {
  const defs = ctx.document.definitions;
  if (!isObject(defs)) return [];
  return Object.keys(defs).sort(compare).map((name) => {
    const pointer = childPointer("#/definitions", name);
    return { name, pointer, schema: readSchema(ctx, defs[name], pointer) };
  });
}
function dedupeOperationIds(operations) {
  const seen = /* @__PURE__ */ new Map();
  return operations.map((op) => {
    const count = seen.get(op.operationId) ?? 0;
    seen.set(op.operationId, count + 1);
    return count === 0 ? op : { ...op, operationId: `${op.operationId}_${count + 1}` };
  });
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var init_build = __esm({
  "src/ir/build.ts"() {
    "use strict";
    init_pointer();
    init_types();
    init_context();
    init_info();
    init_operations();
    init_schema();
    init_security();
  }
});

// src/emit/format.ts
import * as prettier from "prettier";
async function formatFile(path, text) {
  const parser = path.endsWith(".ts") ? "typescript" : path.endsWith(".md") ? "markdown" : path.endsWith(".json") ? "json" : void 0;
  if (parser === void 0) return text;
  return prettier.format(text, { ...OPTIONS, parser });
}
var OPTIONS;
var init_format = __esm({
  "src/emit/format.ts"() {
    "use strict";
    OPTIONS = { printWidth: 100, singleQuote: true, trailingComma: "all", endOfLine: "lf", proseWrap: "preserve" };
  }
});

// src/emit/ts/literal.ts
function stringLiteral(value) {
  return JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function jsonLiteral(value) {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean" || value === null) return String(value);
  return stringLiteral(JSON.stringify(value) ?? "");
}
function propertyKey(name) {
  return IDENTIFIER_KEY.test(name) ? name : stringLiteral(name);
}
function docText(text) {
  return text.replace(/\r\n?|\u2028|\u2029/g, "\n").replace(/\*\//g, "*\\/").replace(/\/\*/g, "/\\*").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").replace(/^(\s*)@/gm, "$1\\@").trim();
}
var IDENTIFIER_KEY;
var init_literal = __esm({
  "src/emit/ts/literal.ts"() {
    "use strict";
    IDENTIFIER_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
  }
});

// src/emit/naming.ts
function words(text) {
  return text.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, " ").replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").trim().split(/\s+/).filter(Boolean);
}
function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
function finish(candidate, fallback) {
  let name = candidate === "" ? fallback : candidate;
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (RESERVED.has(name)) name = `${name}_`;
  if (!IDENTIFIER.test(name)) throw new Error(`internal: identifier grammar violated by ${JSON.stringify(name)}`);
  return name;
}
function valueName(text) {
  if (IDENTIFIER.test(text)) return finish(text, "operation");
  const parts = words(text);
  const camel = parts.map((w, i) => i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : capitalize(w)).join("");
  return finish(camel, "operation");
}
function typeName(text) {
  const pascal = IDENTIFIER.test(text) ? capitalize(text) : words(text).map(capitalize).join("");
  return finish(pascal, "Type");
}
var IDENTIFIER, RESERVED, NameScope;
var init_naming = __esm({
  "src/emit/naming.ts"() {
    "use strict";
    IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
    RESERVED = new Set(
      "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval any boolean never number object string symbol undefined unknown bigint as async declare from get is keyof module namespace of readonly require set type infer satisfies constructor prototype".split(" ")
    );
    NameScope = class {
      taken = /* @__PURE__ */ new Set();
      constructor(reserved = []) {
        for (const name of reserved) this.taken.add(name.toLowerCase());
      }
      claim(wanted) {
        let name = wanted;
        for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
        this.taken.add(name.toLowerCase());
        return name;
      }
    };
  }
});

// src/emit/ts/params.ts
function planParams(op) {
  const keys = new NameScope(op.body === void 0 ? [] : ["body"]);
  const families = /* @__PURE__ */ new Map();
  const ordered = [...op.parameters].sort((a, b) => LOCATION_ORDER[a.in] - LOCATION_ORDER[b.in]);
  const entries = [];
  for (const param of ordered) {
    const segments = param.in === "query" || param.in === "formData" ? bracketSegments(param.name) : void 0;
    const root = segments?.[0] ?? param.name;
    const familyId = `${param.in}\0${root}`;
    let family = segments === void 0 ? void 0 : families.get(familyId);
    if (family === void 0) {
      family = { in: param.in, tree: { children: /* @__PURE__ */ new Map() }, nested: false };
      if (segments !== void 0) families.set(familyId, family);
      entries.push({ key: keys.claim(root), family, root });
    }
    if (segments === void 0 || segments.length === 1) {
      family.tree.leaf = param;
    } else {
      family.nested = true;
      let node = family.tree;
      for (const segment of segments.slice(1)) {
        let child = node.children.get(segment);
        if (child === void 0) node.children.set(segment, child = { children: /* @__PURE__ */ new Map() });
        node = child;
      }
      node.leaf = param;
    }
  }
  return entries.map(({ key, family, root }) => ({
    key,
    tree: family.tree,
    required: anyRequired(family.tree),
    descriptor: {
      in: family.in,
      name: root,
      ...family.nested ? { nested: true } : {},
      ...family.tree.leaf?.collectionFormat !== void 0 && family.tree.leaf.collectionFormat !== "csv" ? { format: family.tree.leaf.collectionFormat } : {}
    }
  }));
}
function bracketSegments(name) {
  const match = /^([^[\]]+)((?:\[[^[\]]+\])+)$/.exec(name);
  if (match === null || match[1] === void 0 || match[2] === void 0) return void 0;
  return [match[1], ...match[2].slice(1, -1).split("][")];
}
function paramsAreOptional(op, entries) {
  return op.body?.required !== true && !entries.some((e) => e.required);
}
function anyRequired(tree) {
  if (tree.leaf?.required === true) return true;
  for (const child of tree.children.values()) if (anyRequired(child)) return true;
  return false;
}
var LOCATION_ORDER;
var init_params = __esm({
  "src/emit/ts/params.ts"() {
    "use strict";
    init_naming();
    LOCATION_ORDER = { path: 0, query: 1, header: 2, formData: 3 };
  }
});

// src/emit/package-files.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
function render(file, data) {
  const template = hbs.compile(readFileSync(`${TEMPLATES_DIR}${file}`, "utf8"), { strict: true, noEscape: false });
  return template(data);
}
function semverOf(specVersion) {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?([-+][0-9A-Za-z.+-]*)?$/.exec(specVersion.trim());
  if (match === null) return `0.0.0-${specVersion.replace(/[^0-9A-Za-z-]+/g, "-").replace(/^-+|-+$/g, "") || "unknown"}`;
  return `${match[1]}.${match[2] ?? "0"}.${match[3] ?? "0"}${match[4] ?? ""}`;
}
function defaultPackageOptions(model) {
  return {
    name: "@twine/client",
    version: semverOf(model.info.version),
    description: `Typed client for ${model.info.title}`
  };
}
function packageJsonText(model, options) {
  const text = render("package.json.hbs", {
    ...options,
    license: model.info.license?.name,
    author: model.info.contact?.email ?? model.info.contact?.name,
    typescriptVersion: "^5.9.3"
  });
  return `${JSON.stringify(JSON.parse(text), null, 2)}
`;
}
function tsconfigTexts() {
  return ["tsconfig.json", "tsconfig.cjs.json"].map((path) => ({ path, text: render(`${path}.hbs`, {}) }));
}
function readmeText(model, plan, options) {
  return render("README.md.hbs", {
    name: options.name,
    title: model.info.title,
    specVersion: model.info.version,
    description: model.info.description,
    baseUrl: model.servers[0],
    operations: model.operations.flatMap((op) => {
      const names = plan.operations.get(op.operationId);
      if (names === void 0) return [];
      return [{ fn: names.fn, method: op.method.toUpperCase(), path: op.path, summary: op.summary, deprecated: op.deprecated, example: exampleArgs(op) }];
    })
  });
}
function exampleArgs(op) {
  const entries = planParams(op);
  const required = entries.filter((e) => e.required).map((e) => `${propertyKey(e.key)}: ${e.descriptor.in === "path" ? "'\u2026'" : "/* \u2026 */"}`);
  if (op.body !== void 0 && op.body.required) required.push("body: { /* \u2026 */ }");
  if (required.length === 0) return paramsAreOptional(op, entries) ? "" : "{}";
  return `{ ${required.join(", ")} }`;
}
var TEMPLATES_DIR, hbs;
var init_package_files = __esm({
  "src/emit/package-files.ts"() {
    "use strict";
    init_literal();
    init_params();
    TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));
    hbs = Handlebars.create();
    hbs.registerHelper("json", (value) => JSON.stringify(value ?? ""));
  }
});

// src/emit/plan.ts
function planNames(model, runtimeExports) {
  const types = new NameScope([...runtimeExports, ...GENERATED_EXPORTS]);
  const values = new NameScope([...runtimeExports, ...GENERATED_EXPORTS, "transport"]);
  const typeNames = /* @__PURE__ */ new Map();
  for (const t of model.types) typeNames.set(t.name, types.claim(typeName(t.name)));
  const operations = /* @__PURE__ */ new Map();
  for (const op of model.operations) operations.set(op.operationId, nameOperation(op, types, values));
  return { typeNames, operations };
}
function nameOperation(op, types, values) {
  const fn = values.claim(valueName(op.operationId));
  const stem = typeName(fn);
  return {
    fn,
    params: types.claim(`${stem}Params`),
    result: types.claim(`${stem}Result`),
    descriptor: values.claim(`${fn}Operation`)
  };
}
var GENERATED_EXPORTS;
var init_plan = __esm({
  "src/emit/plan.ts"() {
    "use strict";
    init_naming();
    GENERATED_EXPORTS = ["createClient", "Client", "clientDefaults"];
  }
});

// src/emit/runtime-files.ts
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Project } from "ts-morph";
function readRuntime() {
  if (cached !== void 0) return cached;
  const files = listTs(RUNTIME_DIR).map((abs) => ({ path: relative(RUNTIME_DIR, abs).split("\\").join("/"), text: readFileSync2(abs, "utf8") })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const { valueExports, typeExports } = exportsOf(files);
  cached = { files, valueExports, typeExports };
  return cached;
}
function listTs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(abs);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [abs] : [];
  });
}
function exportsOf(files) {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  for (const f of files) project.createSourceFile(`/runtime/${f.path}`, f.text);
  const index = project.getSourceFile("/runtime/index.ts");
  if (index === void 0) return { valueExports: [], typeExports: [] };
  const valueExports = [];
  const typeExports = [];
  for (const [name, declarations] of index.getExportedDeclarations()) {
    const isValue = declarations.some((d) => !["InterfaceDeclaration", "TypeAliasDeclaration"].includes(d.getKindName()));
    (isValue ? valueExports : typeExports).push(name);
  }
  return { valueExports: valueExports.sort(), typeExports: typeExports.sort() };
}
var RUNTIME_DIR, cached;
var init_runtime_files = __esm({
  "src/emit/runtime-files.ts"() {
    "use strict";
    RUNTIME_DIR = fileURLToPath2(new URL("../../src/runtime/", import.meta.url));
  }
});

// src/emit/ts/client-file.ts
import { StructureKind, VariableDeclarationKind } from "ts-morph";
function clientFileStatements(model, plan) {
  const bound = model.operations.flatMap((op) => {
    const names = plan.operations.get(op.operationId);
    return names === void 0 ? [] : [{ names, optional: paramsAreOptional(op, planParams(op)) }];
  });
  const ops = bound.map((b) => b.names);
  const defaults = clientDefaults(model);
  const members = bound.map(
    ({ names: n, optional }) => `${propertyKey(n.fn)}: (params: ${n.params}${optional ? " = {}" : ""}, init?: CallOptions) => ${n.fn}(transport, params, init),`
  );
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/index.js", namedImports: ["createTransport"] },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/index.js",
      isTypeOnly: true,
      namedImports: ["CallOptions", "ClientDefaults", "ClientOptions"]
    },
    ...ops.length === 0 ? [] : [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./operations.gen.js", namedImports: ops.map((n) => n.fn) },
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./operations.gen.js",
        isTypeOnly: true,
        namedImports: ops.map((n) => n.params)
      }
    ],
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: "Defaults from the spec: base URL from schemes/host/basePath, token URL from securityDefinitions." }],
      declarations: [
        {
          name: "clientDefaults",
          type: "ClientDefaults",
          initializer: `{ ${Object.entries(defaults).map(([k, v]) => `${k}: ${stringLiteral(v)}`).join(", ")} }`
        }
      ]
    },
    {
      kind: StructureKind.Function,
      name: "createClient",
      isExported: true,
      docs: [{ description: "A client with one method per operation, sharing one transport (auth, retries, hooks)." }],
      parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }],
      statements: [
        "const transport = createTransport(options, clientDefaults);",
        `return {
transport,
${members.join("\n")}
};`
      ]
    },
    { kind: StructureKind.TypeAlias, name: "Client", isExported: true, type: "ReturnType<typeof createClient>" }
  ];
}
function clientDefaults(model) {
  const oauth = model.securitySchemes.find((s) => s.kind === "oauth2" && s.tokenUrl !== void 0);
  const baseUrl = model.servers[0];
  return {
    ...baseUrl === void 0 ? {} : { baseUrl },
    ...oauth?.kind === "oauth2" && oauth.tokenUrl !== void 0 ? { tokenUrl: oauth.tokenUrl } : {}
  };
}
var init_client_file = __esm({
  "src/emit/ts/client-file.ts"() {
    "use strict";
    init_literal();
    init_params();
  }
});

// src/emit/ts/index-file.ts
function indexFileText(header, runtimeValues, runtimeTypes) {
  return [
    header,
    "export * from './types.gen.js';",
    "export * from './operations.gen.js';",
    "export * from './client.gen.js';",
    runtimeValues.length === 0 ? "" : `export { ${runtimeValues.join(", ")} } from './runtime/index.js';`,
    runtimeTypes.length === 0 ? "" : `export type { ${runtimeTypes.join(", ")} } from './runtime/index.js';`,
    ""
  ].filter((line, i, all) => line !== "" || i === all.length - 1).join("\n");
}
var init_index_file = __esm({
  "src/emit/ts/index-file.ts"() {
    "use strict";
  }
});

// src/emit/ts/type-expr.ts
function typeExpr(schema, ctx) {
  const base = baseTypeExpr(schema, ctx);
  return schema.nullable === true && base !== "unknown" ? tsUnion([base, "null"]) : base;
}
function baseTypeExpr(schema, ctx) {
  switch (schema.kind) {
    case "ref":
      return ctx.typeNames.get(schema.name) ?? "unknown";
    case "primitive":
      if (schema.enum !== void 0) return tsUnion(schema.enum.map(jsonLiteral));
      return schema.type === "integer" ? "number" : schema.type;
    case "array":
      return tsArray(typeExpr(schema.items, ctx));
    case "object":
      return objectTypeExpr(schema.properties, schema.additionalProperties, ctx);
    case "allOf":
      return schema.allOf.length === 0 ? "unknown" : tsIntersection(schema.allOf.map((s) => typeExpr(s, ctx)));
    case "unknown":
      return "unknown";
  }
}
function objectTypeExpr(properties, additional, ctx) {
  const members = properties.map((p) => propertyMember(p, ctx));
  if (additional !== void 0 && additional !== false && properties.length === 0) {
    const value = additional === true ? "unknown" : typeExpr(additional, ctx);
    members.push(`[key: string]: ${value};`);
  }
  if (members.length === 0) return additional === false ? "Record<string, never>" : "Record<string, unknown>";
  return `{
${members.join("\n")}
}`;
}
function propertyMember(p, ctx) {
  const doc2 = jsDoc(p.schema.description, p.schema.deprecated === true);
  const readonly = p.schema.readOnly === true && ctx.input !== true ? "readonly " : "";
  return `${doc2}${readonly}${propertyKey(p.name)}${p.required ? "" : "?"}: ${typeExpr(p.schema, ctx)};`;
}
function jsDoc(description, deprecated = false) {
  const body = [description === void 0 ? "" : docText(description), deprecated ? "@deprecated" : ""].filter(Boolean).join("\n");
  if (body === "") return "";
  return `/**
${body.split("\n").map((line) => ` * ${line}`.trimEnd()).join("\n")}
 */
`;
}
function tsUnion(types) {
  const unique = [...new Set(types)];
  if (unique.length === 0) return "never";
  if (unique.includes("unknown")) return "unknown";
  return unique.join(" | ");
}
function tsIntersection(types) {
  const unique = [...new Set(types)].filter((t) => t !== "unknown");
  if (unique.length === 0) return "unknown";
  return unique.map((t) => /[|&]/.test(t) && !t.startsWith("{") ? `(${t})` : t).join(" & ");
}
function tsArray(item) {
  return /^[A-Za-z0-9_$]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
}
var init_type_expr = __esm({
  "src/emit/ts/type-expr.ts"() {
    "use strict";
    init_literal();
  }
});

// src/emit/ts/operation-types.ts
function paramsTypeText(op, entries, ctx) {
  const input = { ...ctx, input: true };
  const members = entries.map((e) => memberText(e.key, e.tree, e.required, input));
  if (op.body !== void 0) {
    members.push(`${jsDoc(op.body.description)}body${op.body.required ? "" : "?"}: ${typeExpr(op.body.schema, input)};`);
  }
  return members.length === 0 ? "Record<string, never>" : `{
${members.join("\n")}
}`;
}
function memberText(key, tree, required, ctx) {
  const doc2 = tree.leaf === void 0 ? "" : jsDoc(tree.leaf.description, tree.leaf.deprecated === true);
  return `${doc2}${propertyKey(key)}${required ? "" : "?"}: ${treeType(tree, ctx)};`;
}
function treeType(tree, ctx) {
  const leaf = tree.leaf === void 0 ? void 0 : typeExpr(tree.leaf.schema, ctx);
  if (tree.children.size === 0) return leaf ?? "unknown";
  const members = [...tree.children].map(([name, child]) => {
    const required = child.leaf?.required === true || [...child.children.values()].some((c) => c.leaf?.required === true);
    return memberText(name, child, required, ctx);
  });
  const nested = `{
${members.join("\n")}
}`;
  return leaf === void 0 ? nested : tsUnion([leaf, nested]);
}
function resultTypeText(op, ctx) {
  const successes = op.responses.filter((r) => /^2\d\d$/.test(r.status));
  if (successes.length === 0) return "unknown";
  return tsUnion(successes.map((r) => r.schema === void 0 ? r.status === "204" ? "undefined" : "unknown" : typeExpr(r.schema, ctx)));
}
function operationDoc(op, names) {
  const lines = [op.summary, op.description].filter((s) => typeof s === "string" && s.trim() !== "");
  const head = `\`${op.method.toUpperCase()} ${op.path}\``;
  return jsDoc([...new Set(lines)].concat(head).join("\n\n"), op.deprecated) || `/** ${names.fn} */
`;
}
var init_operation_types = __esm({
  "src/emit/ts/operation-types.ts"() {
    "use strict";
    init_literal();
    init_type_expr();
  }
});

// src/emit/ts/operations-file.ts
import { StructureKind as StructureKind2, VariableDeclarationKind as VariableDeclarationKind2 } from "ts-morph";
function operationsFileStatements(model, plan) {
  const ctx = { typeNames: plan.typeNames };
  const usedTypes = [...new Set(plan.typeNames.values())].sort();
  const statements = [
    {
      kind: StructureKind2.ImportDeclaration,
      moduleSpecifier: "./runtime/index.js",
      isTypeOnly: true,
      namedImports: ["CallOptions", "OperationDescriptor", "Transport"]
    }
  ];
  if (usedTypes.length > 0) {
    statements.push({ kind: StructureKind2.ImportDeclaration, moduleSpecifier: "./types.gen.js", isTypeOnly: true, namedImports: usedTypes });
  }
  for (const op of model.operations) {
    const names = plan.operations.get(op.operationId);
    if (names !== void 0) statements.push(...operationStatements(op, names, ctx));
  }
  return statements;
}
function operationStatements(op, names, ctx) {
  const entries = planParams(op);
  const paramsOptional = paramsAreOptional(op, entries);
  return [
    { kind: StructureKind2.TypeAlias, name: names.params, isExported: true, type: paramsTypeText(op, entries, ctx) },
    { kind: StructureKind2.TypeAlias, name: names.result, isExported: true, type: resultTypeText(op, ctx) },
    {
      kind: StructureKind2.VariableStatement,
      declarationKind: VariableDeclarationKind2.Const,
      declarations: [{ name: names.descriptor, type: "OperationDescriptor", initializer: descriptorText(op, entries) }]
    },
    {
      kind: StructureKind2.Function,
      name: names.fn,
      isExported: true,
      leadingTrivia: operationDoc(op, names),
      parameters: [
        { name: "transport", type: "Transport" },
        { name: "params", type: names.params, ...paramsOptional ? { initializer: "{}" } : {} },
        { name: "init", type: "CallOptions", hasQuestionToken: true }
      ],
      returnType: `Promise<${names.result}>`,
      statements: [`return transport.call(${names.descriptor}, params, init) as Promise<${names.result}>;`]
    }
  ];
}
function descriptorText(op, entries) {
  const descriptor = {
    operationId: op.operationId,
    method: op.method.toUpperCase(),
    path: pathTemplate(op.path, entries),
    params: Object.fromEntries(entries.map((e) => [e.key, e.descriptor])),
    ...op.body === void 0 ? {} : { body: { contentTypes: op.consumes, required: op.body.required } },
    accept: op.produces,
    jsonApi: op.produces.includes(JSON_API) || op.consumes.includes(JSON_API)
  };
  return literalOf(descriptor);
}
function pathTemplate(path, entries) {
  return entries.reduce(
    (p, e) => e.descriptor.in === "path" && e.key !== e.descriptor.name ? p.split(`{${e.descriptor.name}}`).join(`{${e.key}}`) : p,
    path
  );
}
function literalOf(value) {
  if (Array.isArray(value)) return `[${value.map(literalOf).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const members = Object.entries(value).map(([k, v]) => `${propertyKey(k)}: ${literalOf(v)}`);
    return `{ ${members.join(", ")} }`;
  }
  return typeof value === "string" ? stringLiteral(value) : jsonLiteral(value);
}
var JSON_API;
var init_operations_file = __esm({
  "src/emit/ts/operations-file.ts"() {
    "use strict";
    init_literal();
    init_operation_types();
    init_params();
    JSON_API = "application/vnd.api+json";
  }
});

// src/emit/ts/project.ts
import { IndentationText, NewLineKind, Project as Project2, QuoteKind } from "ts-morph";
function createPrinter() {
  const project = new Project2({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true
    }
  });
  return (path, statements) => {
    const file = project.createSourceFile(path, "", { overwrite: true });
    file.addStatements([GENERATED_HEADER, ...statements]);
    const text = file.getFullText();
    project.removeSourceFile(file);
    return text;
  };
}
var GENERATED_HEADER;
var init_project = __esm({
  "src/emit/ts/project.ts"() {
    "use strict";
    GENERATED_HEADER = "// Generated by twine-codegen. Do not edit: changes are lost when `npm run generate` runs.";
  }
});

// src/emit/ts/types-file.ts
import { StructureKind as StructureKind3 } from "ts-morph";
function typesFileStatements(model, plan) {
  const ctx = { typeNames: plan.typeNames };
  return model.types.map((t) => {
    const name = plan.typeNames.get(t.name) ?? "unknown";
    const docs = t.schema.description === void 0 ? [] : [{ description: docText(t.schema.description) }];
    const schema = t.schema;
    if (schema.kind === "object" && schema.properties.length > 0 && schema.nullable !== true && schema.additionalProperties === void 0) {
      return {
        kind: StructureKind3.Interface,
        name,
        isExported: true,
        docs,
        properties: schema.properties.map((p) => ({
          name: propertyKey(p.name),
          type: typeExpr(p.schema, ctx),
          hasQuestionToken: !p.required,
          isReadonly: p.schema.readOnly === true,
          docs: [p.schema.description, p.schema.deprecated === true ? "@deprecated" : void 0].filter((d) => d !== void 0).map((d) => ({ description: d === "@deprecated" ? d : docText(d) }))
        }))
      };
    }
    return { kind: StructureKind3.TypeAlias, name, isExported: true, docs, type: typeExpr(schema, ctx) };
  });
}
var init_types_file = __esm({
  "src/emit/ts/types-file.ts"() {
    "use strict";
    init_literal();
    init_type_expr();
  }
});

// src/emit/index.ts
var emit_exports = {};
__export(emit_exports, {
  renderClient: () => renderClient
});
async function renderClient(model, options = {}) {
  const runtime = readRuntime();
  const plan = planNames(model, [...runtime.valueExports, ...runtime.typeExports]);
  const pkg = { ...defaultPackageOptions(model), ...options.package };
  const print = createPrinter();
  const files = [
    { path: "src/types.gen.ts", text: print("types.gen.ts", typesFileStatements(model, plan)) },
    { path: "src/operations.gen.ts", text: print("operations.gen.ts", operationsFileStatements(model, plan)) },
    { path: "src/client.gen.ts", text: print("client.gen.ts", clientFileStatements(model, plan)) },
    { path: "src/index.ts", text: indexFileText(GENERATED_HEADER, runtime.valueExports, runtime.typeExports) },
    { path: "package.json", text: packageJsonText(model, pkg) },
    { path: "README.md", text: readmeText(model, plan, pkg) },
    ...tsconfigTexts()
  ];
  const formatted = await Promise.all(files.map(async (f) => ({ path: f.path, text: await formatFile(f.path, f.text) })));
  const runtimeFiles = runtime.files.map((f) => ({ path: `src/runtime/${f.path}`, text: f.text }));
  return [...formatted, ...runtimeFiles].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
var init_emit = __esm({
  "src/emit/index.ts"() {
    "use strict";
    init_format();
    init_package_files();
    init_plan();
    init_runtime_files();
    init_client_file();
    init_index_file();
    init_operations_file();
    init_project();
    init_types_file();
  }
});

// .tmp/prof.ts
import { readFileSync as readFileSync3 } from "node:fs";
var t0 = performance.now();
var { parse } = await import("yaml");
var { buildModel: buildModel2 } = await Promise.resolve().then(() => (init_build(), build_exports));
var t1 = performance.now();
var { renderClient: renderClient2 } = await Promise.resolve().then(() => (init_emit(), emit_exports));
var t2 = performance.now();
var doc = parse(readFileSync3(process.argv[2], "utf8"));
var t3 = performance.now();
var m = buildModel2(doc, () => {
});
var t4 = performance.now();
await renderClient2(m);
var t5 = performance.now();
await renderClient2(m);
var t6 = performance.now();
console.log({ importYamlIr: t1 - t0, importEmit: t2 - t1, parse: t3 - t2, ir: t4 - t3, render1: t5 - t4, render2: t6 - t5 });
