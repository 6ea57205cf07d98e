import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { RefRoot } from '../load/refs/ref-roots.js';

const run = promisify(execFile);

/** A user-facing failure to read the spec at a ref (bad ref, file absent there, not a git repository). */
export class GitSpecError extends Error {}

export interface SpecAtRef {
  /** A temporary copy of the spec as committed at the ref. */
  readonly file: string;
  /** `<ref>:<path>`, how diagnostics should name it. */
  readonly label: string;
  /** The allowed `$ref` roots for the copy: folders of the repository point at their copies at the ref. */
  readonly roots: readonly RefRoot[];
  dispose(): Promise<void>;
}

/** Spec files (YAML, JSON) a `$ref` may reach: the copied folders hold these, nothing else. */
const SPEC_FILE = /\.(ya?ml|json)$/i;
/** A folder that holds more spec files than this is not a spec folder; its files are not read. */
const MAX_FILES = 2_000;

/**
 * Writes the spec as committed at the ref into a temporary folder laid out like the repository, together
 * with the YAML and JSON files at that ref of its folder and of each allowed folder (`roots`) inside the
 * repository: a spec split into files has its `$ref`s resolve to the same commit. (The loader reads no
 * file outside those folders.) An allowed folder outside the repository has no version at the ref and is
 * read as it is. The spec path is taken relative to `cwd`.
 */
export async function specAtRef(ref: string, spec: string, cwd: string = process.cwd(), roots: readonly RefRoot[] = []): Promise<SpecAtRef> {
  // `--` would end revisions, not paths, for `git show`; a ref starting with `-` is refused instead.
  if (ref.startsWith('-')) throw new GitSpecError(`cannot read ${spec} at ${ref}: invalid ref ${ref}`);
  const fail = (reason: string): GitSpecError => new GitSpecError(`cannot read ${spec} at ${ref}: ${reason}`);
  const top = (await gitText(['rev-parse', '--show-toplevel'], cwd, fail)).trim();
  // From the top level, `ls-tree` pathspecs and the names it lists are repository paths, as `<ref>:<path>` is.
  const git = (args: readonly string[]): Promise<string> => gitText(args, top, fail);
  const inRepo = (path: string): string | undefined => {
    const rel = relative(top, realPath(resolve(cwd, path)));
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
  };
  const path = inRepo(spec);
  if (path === undefined) throw fail(`it is outside the git repository ${top}`);
  const content = await git(['show', `${ref}:${path}`]);
  const dir = await mkdtemp(join(tmpdir(), 'twine-diff-'));
  const at = (repoPath: string): string => join(dir, ...repoPath.split('/'));
  try {
    const folders = [dirname(path), ...roots.flatMap((root) => ('folder' in root ? [inRepo(root.folder)] : []))];
    for (const folder of outermost(folders.filter((f): f is string => f !== undefined))) {
      const listed = await git(['ls-tree', '-r', '-z', '--name-only', ref, '--', folder === '' ? '.' : `${folder}/`]);
      const files = listed.split('\0').filter((name) => SPEC_FILE.test(name) && name !== path);
      if (files.length > MAX_FILES) continue;
      for (const name of files) {
        await mkdir(dirname(at(name)), { recursive: true });
        await writeFile(at(name), await git(['show', `${ref}:${name}`]), 'utf8');
      }
    }
    await mkdir(dirname(at(path)), { recursive: true });
    await writeFile(at(path), content, 'utf8');
    const copied = roots.map((root): RefRoot => {
      if (!('folder' in root)) return root;
      const repoPath = inRepo(root.folder);
      return repoPath === undefined ? root : { folder: repoPath === '' ? dir : at(repoPath) };
    });
    const label = `${ref}:${(isAbsolute(spec) ? relative(cwd, spec) : spec).split('\\').join('/')}`;
    return { file: at(path), label, roots: copied, dispose: () => rm(dir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Repository folders without those inside another of them, whose files are listed (and copied) already. */
function outermost(folders: readonly string[]): string[] {
  const parts = (folder: string): string[] => (folder === '.' || folder === '' ? [] : folder.split('/'));
  const within = (inner: string, outer: string): boolean => parts(outer).every((part, i) => parts(inner)[i] === part);
  const unique = [...new Set(folders.map((folder) => parts(folder).join('/')))];
  return unique.filter((folder) => !unique.some((other) => other !== folder && within(folder, other)));
}

/** The path with symlinks resolved, as git's top level is; for a file absent from the working tree, its folder's. */
function realPath(path: string): string {
  for (const [real, rest] of [[path, ''], [dirname(path), relative(dirname(path), path)]] as const) {
    try {
      return join(realpathSync.native(real), rest);
    } catch {
      // try the folder next
    }
  }
  return path;
}

async function gitText(args: readonly string[], cwd: string, fail: (reason: string) => GitSpecError): Promise<string> {
  try {
    return (await run('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })).stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw fail(stderr || (error as Error).message);
  }
}
