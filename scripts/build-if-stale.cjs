// Runs `npm run build` only when a workspace's build is older than its sources, so commands that
// run compiled code (`npm run token`) start at once when nothing changed. A workspace is up to date
// when its `dist/.tsbuildinfo` (written by `tsc -b`) is newer than every file under its `src/`,
// its tsconfig.json and package.json, and the root tsconfig.base.json.
const { spawnSync } = require('node:child_process');
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

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

function newestChange(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) {
    return 0;
  }
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(path)
      .filter((name) => name !== '__tests__')
      .map((name) => newestChange(join(path, name))),
  );
}

function isStale(folder) {
  const built = statSync(join(folder, 'dist', '.tsbuildinfo'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = [join(folder, 'src'), join(folder, 'tsconfig.json'), join(folder, 'package.json')];
  return Math.max(newestChange(join(root, 'tsconfig.base.json')), ...sources.map(newestChange)) > built;
}

if (workspaceFolders().some(isStale)) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  process.exit(build.status ?? 1);
}
