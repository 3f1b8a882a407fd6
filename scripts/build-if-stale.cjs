// Runs `npm run build` only when a workspace's build is older than its sources, so commands that
// run compiled code (`npm run token`) start at once when nothing changed. A workspace is up to date
// when its `dist/.tsbuildinfo` (written by `tsc -b`) is newer than every file under its `src/`,
// its tsconfig.json and package.json, and the root tsconfig.base.json. Run as a script it checks
// every workspace; `buildIfStale(folders)` checks only those a command runs from.
const { spawnSync } = require('node:child_process');
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = join(__dirname, '..');

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
  const built = statSync(join(folder, 'dist', '.tsbuildinfo'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return [
    join(root, 'tsconfig.base.json'),
    join(folder, 'src'),
    join(folder, 'tsconfig.json'),
    join(folder, 'package.json'),
  ].some((path) => changedSince(path, built));
}

/** Builds the whole repository when one of `folders` (relative to the root) is stale; exits on a failed build. */
function buildIfStale(folders = workspaceFolders()) {
  if (folders.map((folder) => resolve(root, folder)).some(isStale)) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      process.exit(build.status ?? 1);
    }
  }
}

module.exports = { buildIfStale };

if (require.main === module) {
  buildIfStale();
}
