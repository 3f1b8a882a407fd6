import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The content of a secret file, written with mode 0600 in a folder of mode 0700 when it does not
 * exist yet. Exclusive creation: two processes starting at once end up with the same secret.
 */
export async function keepSecret(file: string, create: () => Promise<string>): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  // Only the secret's own folder is private: the data folder above it must stay traversable for
  // embedded PostgreSQL, which runs as another user under root.
  await mkdir(dirname(dirname(file)), { recursive: true });
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const content = await create();
  try {
    await writeFile(file, content, { mode: 0o600, flag: 'wx' });
    return content;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return readFile(file, 'utf8');
    }
    throw error;
  }
}
