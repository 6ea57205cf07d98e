import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve as resolvePath, sep } from 'node:path';
import type { Finding } from '../finding.js';
import { setAt } from '../json.js';
import { parseText } from '../parse/parse-text.js';
import { isRemote, readSource } from '../read-source.js';
import { redactLocation } from '../redact-location.js';
import { collectRefs, isInternalRef } from './collect-refs.js';
import { isUnderUrlPrefix, type RefRoot } from './ref-roots.js';
import { resolveInternalRef } from './resolve-ref.js';

export interface ExternalRefOptions {
  /** Where the spec itself was read from: relative refs resolve against it. */
  readonly base: string;
  /** Folders and URL prefixes, beyond the spec's own folder, that refs may read. */
  readonly roots: readonly RefRoot[];
}

type Inlined = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly finding: Finding };

/**
 * Replaces every `$ref` to another file (or, when allowed, a URL) by a copy of its target, so later stages
 * see one document. Problems are reported at the referencing node of the user's spec: positions inside the
 * other file are not tracked. A site that cannot be inlined keeps its `$ref`.
 */
export async function inlineExternalRefs(document: Record<string, unknown>, options: ExternalRefOptions): Promise<Finding[]> {
  const folders = options.roots.flatMap((root) => ('folder' in root ? [realPath(root.folder)] : []));
  if (!isRemote(options.base)) folders.unshift(realPath(dirname(resolvePath(options.base))));
  const urlPrefixes = options.roots.flatMap((root) => ('urlPrefix' in root ? [root.urlPrefix] : []));
  const inliner = new Inliner(folders, urlPrefixes);
  const findings: Finding[] = [];
  for (const site of collectRefs(document)) {
    if (isInternalRef(site.ref)) continue;
    const result = await inliner.inline(site.ref, options.base, site.pointer, []);
    if (result.ok) setAt(document, site.pointer, result.value);
    else findings.push(result.finding);
  }
  return findings;
}

class Inliner {
  private readonly documents = new Map<string, Promise<{ data: unknown } | { reason: string }>>();

  /**
   * @param folders The local spec's folder and those the user allowed (symlinks resolved): files outside
   * them are refused. A spec under review in a pull request could otherwise copy any file of the CI
   * machine (`$ref: /home/ci/.npmrc`) into the generated code and the diff comment.
   * @param urlPrefixes The only URLs refs may fetch: no network access the user did not ask for.
   */
  constructor(
    private readonly folders: readonly string[],
    private readonly urlPrefixes: readonly URL[],
  ) {}

  async inline(ref: string, base: string, pointer: string, stack: readonly string[]): Promise<Inlined> {
    const hash = ref.indexOf('#');
    const location = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '#' : ref.slice(hash);
    const absolute = location === '' ? base : locate(location, base);
    const fix = { op: 'set', at: pointer, value: {} } as const;
    if (absolute === undefined) {
      return { ok: false, finding: { code: 'TC1003', pointer, message: `$ref ${JSON.stringify(ref)} is not a valid URL or path`, fix } };
    }
    const shown = redactLocation(absolute);
    const refused = this.refusal(absolute, shown);
    if (refused !== undefined) return { ok: false, finding: { code: 'TC1005', pointer, message: refused, fix } };
    const key = `${absolute}${fragment}`;
    if (stack.includes(key)) {
      const message = `circular $ref through ${shown}${fragment} cannot be inlined`;
      return { ok: false, finding: { code: 'TC1006', pointer, message, fix } };
    }
    const loaded = await this.load(absolute);
    if ('reason' in loaded) {
      return { ok: false, finding: { code: 'TC1003', pointer, message: `$ref target ${shown} ${loaded.reason}`, fix } };
    }
    const target = resolveInternalRef(loaded.data, fragment);
    if (!target.found) {
      return { ok: false, finding: { code: 'TC1002', pointer, message: `missing $ref target ${shown}${fragment}`, fix } };
    }
    return this.inlineNested(structuredClone(target.value), absolute, pointer, [...stack, key]);
  }

  private refusal(absolute: string, shown: string): string | undefined {
    if (isRemote(absolute)) {
      const url = new URL(absolute);
      if (this.urlPrefixes.some((prefix) => isUnderUrlPrefix(url, prefix))) return undefined;
      return `$ref to remote ${shown} refused: the generator reads no network resource you did not name; save it as a local file, or allow a URL prefix with --allow-refs-from (config: allowRefsFrom)`;
    }
    const real = realPath(absolute);
    if (this.folders.some((folder) => isInside(folder, real))) return undefined;
    const where = this.folders.length === 0 ? 'a spec read from a URL reads no local file' : `it is outside ${this.folders.length === 1 ? "the spec's folder" : 'the allowed folders'} ${this.folders.join(', ')}`;
    return `$ref to ${shown} refused: ${where}; move the file beside the spec, or allow its folder with --allow-refs-from (config: allowRefsFrom)`;
  }

  /** The copied target's own refs are relative to its file: `#/x` means that file's `x`. */
  private async inlineNested(value: unknown, file: string, pointer: string, stack: readonly string[]): Promise<Inlined> {
    let root = value;
    for (const site of collectRefs(value)) {
      const ref = isInternalRef(site.ref) ? `${file}${site.ref}` : site.ref;
      const nested = await this.inline(ref, file, pointer, stack);
      if (!nested.ok) return nested;
      if (site.pointer === '#') root = nested.value;
      else setAt(root, site.pointer, nested.value);
    }
    return { ok: true, value: root };
  }

  private load(location: string): Promise<{ data: unknown } | { reason: string }> {
    let pending = this.documents.get(location);
    if (pending === undefined) {
      pending = readSource(location).then(async (source) => {
        if (!source.ok) return { reason: source.reason };
        const parsed = await parseText(source.text, false);
        const problem = parsed.problems[0];
        if (parsed.data === undefined || problem !== undefined) {
          const at = problem?.position === undefined ? '' : ` at ${problem.position.line}:${problem.position.column}`;
          return { reason: `is not valid YAML or JSON${at}: ${problem?.message ?? 'no data'}` };
        }
        return { data: parsed.data };
      });
      this.documents.set(location, pending);
    }
    return pending;
  }
}

/** Where a reference points, relative to the document it is written in; undefined when malformed. */
function locate(location: string, base: string): string | undefined {
  try {
    if (isRemote(location)) return new URL(location).href;
    if (isRemote(base)) return new URL(location, base).href;
  } catch {
    return undefined;
  }
  return resolvePath(dirname(base), location);
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The path with symlinks resolved, so a link inside the folder cannot point out of it; as given if absent. */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
