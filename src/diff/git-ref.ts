import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative } from 'node:path';
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

/**
 * Writes `git show <ref>:<spec>` to a temporary file with the same name (so YAML/JSON detection by
 * extension still works). The spec path is taken relative to the working directory, like git's `./`.
 */
export async function specAtRef(ref: string, spec: string, cwd: string = process.cwd()): Promise<SpecAtRef> {
  const path = isAbsolute(spec) ? relative(cwd, spec) : spec;
  const object = `${ref}:./${path.split('\\').join('/')}`;
  let content: string;
  try {
    // `--` would end revisions, not paths, for `git show`; a ref starting with `-` is refused instead.
    if (ref.startsWith('-')) throw new Error(`invalid ref ${ref}`);
    content = (await run('git', ['show', object], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })).stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitSpecError(`cannot read ${spec} at ${ref}: ${stderr || (error as Error).message}`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'twine-diff-'));
  const file = join(dir, basename(path));
  await writeFile(file, content, 'utf8');
  return { file, label: `${ref}:${path}`, dispose: () => rm(dir, { recursive: true, force: true }) };
}
