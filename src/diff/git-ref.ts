import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, posix, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A user-facing failure to read the spec at a ref (bad ref, file absent there, not a git repository). */
export class GitSpecError extends Error {}

export interface SpecAtRef {
  /** A temporary copy of the spec as committed at the ref. */
  readonly file: string;
  /** `<ref>:<path>`, how diagnostics should name it. */
  readonly label: string;
  dispose(): Promise<void>;
}

/** Spec files (YAML, JSON) a `$ref` may reach: the spec's folder is copied with these, nothing else. */
const SPEC_FILE = /\.(ya?ml|json)$/i;
/** A folder that holds more spec files than this is not a spec folder; only the spec itself is read. */
const MAX_FILES = 2_000;

/**
 * Writes the spec as committed at the ref into a temporary folder, under its own name (so YAML/JSON
 * detection by extension still works), together with the YAML and JSON files of its folder at that ref:
 * a spec split into files has its `$ref`s resolve to the same commit. (The loader reads no file outside
 * the spec's folder, so that folder is all a `$ref` can reach.) The spec path is taken relative to the
 * working directory, like git's `./`.
 */
export async function specAtRef(ref: string, spec: string, cwd: string = process.cwd()): Promise<SpecAtRef> {
  const path = (isAbsolute(spec) ? relative(cwd, spec) : spec).split('\\').join('/');
  // `--` would end revisions, not paths, for `git show`; a ref starting with `-` is refused instead.
  if (ref.startsWith('-')) throw new GitSpecError(`cannot read ${spec} at ${ref}: invalid ref ${ref}`);
  const content = await gitText(['show', `${ref}:./${path}`], cwd, spec, ref);
  const folder = posix.dirname(path);
  const listed = await gitText(['ls-tree', '-r', '-z', '--name-only', ref, '--', `./${folder}/`], cwd, spec, ref);
  const siblings = listed.split('\0').filter((name) => SPEC_FILE.test(name) && name !== path);
  const dir = await mkdtemp(join(tmpdir(), 'twine-diff-'));
  try {
    const file = join(dir, ...path.split('/').filter((part) => part !== '..'));
    if (siblings.length <= MAX_FILES) {
      for (const name of siblings) {
        const target = join(dir, ...name.split('/').filter((part) => part !== '..'));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, await gitText(['show', `${ref}:./${name}`], cwd, spec, ref), 'utf8');
      }
    }
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content, 'utf8');
    return { file, label: `${ref}:${path}`, dispose: () => rm(dir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function gitText(args: readonly string[], cwd: string, spec: string, ref: string): Promise<string> {
  try {
    return (await run('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })).stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitSpecError(`cannot read ${spec} at ${ref}: ${stderr || (error as Error).message}`);
  }
}
