// Builds only what is older than its sources, so commands that run compiled code (`npm run token`)
// start at once when nothing changed. A TypeScript workspace is up to date when its
// `dist/.tsbuildinfo` (written by `tsc -b`) is newer than every file under its `src/`, its
// tsconfig.json and package.json, and the root tsconfig.base.json; the reference screens
// (`clients/screens`, built by Vite) when their `dist/index.html` is newer than their sources and
// Vite's config. The services and the screens are built apart: a test serving the screens never sees
// their `dist/` emptied by a rebuild another test file started for the services. Run as a script it
// checks the workspaces named as arguments, or every one; `buildIfStale(folders)` checks those a
// command runs from.
const { spawnSync } = require('node:child_process');
const { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

const root = join(__dirname, '..');
const SCREENS = join(root, 'clients', 'screens');

function workspaceFolders() {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(root, pattern.slice(0, -2), entry.name))
      : [join(root, pattern)],
  );
}

/** Whether any file under `path` (tests aside) changed after `time`; stops at the first that did. */
function changedSince(path, time) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) {
    return false;
  }
  if (stats.mtimeMs > time) {
    return true;
  }
  return (
    stats.isDirectory() &&
    readdirSync(path)
      .filter((name) => name !== '__tests__')
      .some((name) => changedSince(join(path, name), time))
  );
}

function isStale(folder) {
  const screens = folder === SCREENS;
  const output = join(folder, 'dist', screens ? 'index.html' : '.tsbuildinfo');
  const built = statSync(output, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = screens
    ? [join(folder, 'src'), join(folder, 'index.html'), join(folder, 'vite.config.ts')]
    : [join(root, 'tsconfig.base.json'), join(folder, 'src')];
  return [...sources, join(folder, 'tsconfig.json'), join(folder, 'package.json')].some((path) =>
    changedSince(path, built),
  );
}

/**
 * Runs `work` holding the checkout's build lock, so builds started side by side (test files in two
 * jest workers) take turns rather than write the same `dist/` at once. A lock whose holder is gone
 * is taken over.
 */
function withBuildLock(work) {
  const lock = join(root, 'node_modules', '.ketengraaf-build-lock');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 200);
    }
  }
  try {
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Whether the process that took `lock` still runs; one that has not yet written its pid does. */
function holderAlive(lock) {
  let pid;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Builds the services (`tsc -b`) when one of `folders` is stale, and the screens when they are among them and stale; exits on a failed build. */
function buildIfStale(folders = workspaceFolders()) {
  const absolute = folders.map((folder) => resolve(root, folder));
  const servicesStale = () => absolute.some((folder) => folder !== SCREENS && isStale(folder));
  const screensStale = () => absolute.includes(SCREENS) && isStale(SCREENS);
  if (!servicesStale() && !screensStale()) return;
  // Another process may have built either while this one waited for the lock.
  const status = withBuildLock(() => {
    if (servicesStale()) {
      const services = spawnSync('npm', ['run', '-s', 'build:services'], { cwd: root, stdio: 'inherit' }).status;
      if (services !== 0) return services;
    }
    return screensStale()
      ? spawnSync('npm', ['run', '-s', 'build', '-w', relative(root, SCREENS)], { cwd: root, stdio: 'inherit' }).status
      : 0;
  });
  if (status !== 0) {
    process.exit(status ?? 1);
  }
}

module.exports = { buildIfStale };

if (require.main === module) {
  const named = process.argv.slice(2);
  buildIfStale(named.length > 0 ? named : undefined);
}
