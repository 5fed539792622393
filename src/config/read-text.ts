import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigError, ConfigErrors } from './errors.js';
import { MAX_CONFIG_BYTES } from './limits.js';

/**
 * Reads the config file's text, refusing anything but a regular file inside the workspace once
 * symbolic links are resolved, of at most MAX_CONFIG_BYTES, in UTF-8. The path comes from the
 * workflow (trusted) but what is at it comes from a pull request's head (untrusted): a link to
 * /etc/passwd, the runner's environment or /dev/zero is refused before a byte is read, and no
 * message quotes the file.
 *
 * @param path the `config` input, relative to the workspace unless absolute; the name in messages
 * @param workspace the checkout (GITHUB_WORKSPACE on a runner), else the process's directory
 * @throws ConfigErrors with one error naming the file and what to do
 */
export function readConfigText(path: string, workspace: string = process.cwd()): string {
  const refuse = (message: string): never => {
    throw new ConfigErrors(path, [new ConfigError({ file: path, line: 0, col: 0, path: [], message })]);
  };
  let root: string;
  let real: string;
  try {
    root = realpathSync(workspace);
  } catch (error) {
    return refuse(`the workspace ${workspace} cannot be read (${errorCode(error)}); the config file must be in the repository's checkout`);
  }
  try {
    real = realpathSync(resolve(workspace, path));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return refuse(`config file not found: create ${path}, or set the action's \`config\` input to the file's path (relative to the repository root)`);
    }
    return refuse(`cannot read the config file (${errorCode(error)}); check the action's \`config\` input`);
  }
  const inside = relative(root, real);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return refuse(
      "the config file is, once symbolic links are resolved, outside the workspace (the repository's checkout): it must be a regular file committed in the repository, not a link out of it",
    );
  }

  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. O_NOFOLLOW: the
    // path is the resolved one, so a link there now was put there after the check.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return refuse(`cannot read the config file (${errorCode(error)}); check the action's \`config\` input`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refuse(`the config file is ${kindOf(stats)}, not a regular file: commit the config as a plain file`);
    if (stats.size > MAX_CONFIG_BYTES) return refuse(tooLarge(stats.size));
    // One byte more than fstat said tells a file that grows (or a size that was not true).
    const bytes = readAtMost(fd, stats.size + 1);
    if (bytes.length > stats.size) return refuse('the config file changed while it was read: run again');
    if (bytes.includes(0)) return refuse('the config file is binary (it holds NUL bytes), not YAML text: commit the config as UTF-8 text');
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return refuse('the config file is not valid UTF-8 text: save it as UTF-8');
    }
  } finally {
    closeSync(fd);
  }
}

function readAtMost(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  while (length < limit) {
    const read = readSync(fd, buffer, length, limit - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

function tooLarge(size: number): string {
  return `the config file is ${size.toLocaleString('en-US')} bytes; at most ${MAX_CONFIG_BYTES.toLocaleString('en-US')} bytes (1 MiB) are read: split the account's resources or remove what the file does not need`;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
