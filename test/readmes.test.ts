import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Kind, parse } from 'graphql';

import {
  isDevelopment,
  parseGatewayConfig,
  parseGatewayLimits,
  parseOperationsConfig,
  parseSubgraphTimeouts,
  parseSubgraphUrls,
} from '@ketengraaf/gateway';
import { partyRegistry } from '@ketengraaf/parties';
import { parseStackConfig } from '@ketengraaf/stack';
import { errorCodes, parseSubgraphConfig, rollenPerOrganisatie } from '@ketengraaf/subgraph-kit';
import { parseTelemetryConfig } from '@ketengraaf/subgraph-kit/telemetry';

/**
 * What the READMEs list by name and the code has, checked where the rule is mechanical and has
 * drifted before: the tables of test files, environment variables, roles, metrics, dependencies
 * and the reclassering's and OM/burgemeester's fields, and the error codes. No stack is started.
 */
const root = join(__dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

/** The text of a section of a markdown file, from its heading to the next of the same level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = markdown.indexOf(`\n${heading.split(' ')[0]} `, start + heading.length + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The backquoted names in a column of a markdown table's rows, row by row. */
function columnNames(markdown: string, column: number): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => [...(line.split('|')[column + 1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''));
}

/** The backquoted names in the first column of a markdown table's rows. */
function firstColumnNames(markdown: string): string[] {
  return columnNames(markdown, 0).flat();
}

describe("test/README.md's table", () => {
  it('names every test file in test/, and no file that is gone', () => {
    const files = readdirSync(join(root, 'test')).filter((name) => name.endsWith('.test.ts'));
    const listed = firstColumnNames(read('test/README.md')).filter((name) => name.endsWith('.test.ts'));
    const matches = (pattern: string, file: string) =>
      new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[a-z0-9-]*')}$`).test(file);
    expect(files.filter((file) => !listed.some((pattern) => matches(pattern, file)))).toEqual([]);
    expect(listed.filter((pattern) => !files.some((file) => matches(pattern, file)))).toEqual([]);
  });
});

describe("the root README's environment table", () => {
  const prefixes = partyRegistry.map((party) => party.envPrefix);
  /** One name for a variable of every party: `DJI_PORT`, `<PARTY>_PORT` and `<SUBGRAPH>_URL`'s party alike. */
  const canonical = (name: string) =>
    name
      .replace(/<(PARTY|SUBGRAPH)>/g, '<PARTY>')
      .replace(new RegExp(`(^|_)(${prefixes.join('|')})(?=_)`), '$1<PARTY>');

  /** The variables a parser reads, whatever it then makes of them (a parser refusing an empty environment has read it). */
  function variablesRead(parser: (env: NodeJS.ProcessEnv) => unknown): string[] {
    const names = new Set<string>();
    const env: NodeJS.ProcessEnv = new Proxy(
      {},
      {
        get: (_target, key) => {
          if (typeof key === 'string' && /^[A-Z][A-Z0-9_]*$/.test(key)) names.add(key);
          return undefined;
        },
      },
    );
    try {
      parser(env);
    } catch {
      // Required variables are missing: only which ones were asked for counts here.
    }
    return [...names];
  }

  const subgraphNames = partyRegistry.map((party) => party.name);
  const subgraphVariables = prefixes.flatMap((prefix) =>
    variablesRead((env) => parseSubgraphConfig(env, prefix, { port: 4001 })),
  );
  const otherVariables = [
    parseStackConfig,
    parseGatewayConfig,
    (env: NodeJS.ProcessEnv) => parseGatewayLimits(env, subgraphNames),
    parseOperationsConfig,
    isDevelopment,
    (env: NodeJS.ProcessEnv) => parseSubgraphUrls(env, subgraphNames),
    (env: NodeJS.ProcessEnv) => parseSubgraphTimeouts(env, subgraphNames),
    (env: NodeJS.ProcessEnv) => parseTelemetryConfig(env, 'dji'),
  ].flatMap(variablesRead);
  /** Read by name outside the configuration parsers: by node, glibc or a library, a test or a tool. */
  const readElsewhere: Record<string, string> = {
    NODE_OPTIONS: 'Dockerfile',
    MALLOC_ARENA_MAX: 'Dockerfile',
    APOLLO_TELEMETRY_DISABLED: 'Dockerfile',
    CHROMIUM_PATH: 'test/screens.test.ts',
    KETENGRAAF_TEST_ADMIN_URL: 'packages/subgraph-kit/src/testing/test-database.ts',
    BENCH_ADMIN_URL: 'packages/stack/src/bench-meldingen.ts',
  };
  const documented = new Set(
    firstColumnNames(section(readme, '## Environment variables'))
      .filter((name) => /^[A-Z<]/.test(name))
      .map(canonical),
  );

  it('names every variable the services, the gateway and npm start read', () => {
    const missing = [
      // Every subgraph variable may carry the party's prefix or not (the README says so below the table).
      ...subgraphVariables.map(canonical).filter((name) => {
        const unprefixed = name.replace(/^<PARTY>_/, '');
        return !documented.has(unprefixed) && !documented.has(`<PARTY>_${unprefixed}`);
      }),
      ...otherVariables.map(canonical).filter((name) => !documented.has(name)),
    ];
    expect(sorted(missing)).toEqual([]);
  });

  it('is read by npm start as by a subgraph: the prefixed variable wins, the unprefixed one applies to every other party', () => {
    const key = 'k'.repeat(32);
    const config = parseStackConfig({
      PROCESSING_LOG_RETENTION_DAYS: '30',
      GEMEENTE_PROCESSING_LOG_RETENTION_DAYS: '90',
      PSEUDONYM_KEY: key,
      DJI_PSEUDONYM_KEY: 'd'.repeat(32),
    });
    expect(config.processingLogRetentionDays).toEqual({
      dji: 30,
      gemeente: 90,
      reclassering: 30,
      'om-burgemeester': 30,
    });
    expect(config.pseudonymKeys.dji).toEqual({ kind: 'configured', key: 'd'.repeat(32) });
    expect(config.pseudonymKeys.reclassering).toEqual({ kind: 'configured', key });
    // A bad value is refused by the name of the variable that holds it.
    expect(() => parseStackConfig({ PROCESSING_LOG_RETENTION_DAYS: 'forever' })).toThrow(
      /^Invalid configuration: PROCESSING_LOG_RETENTION_DAYS: /,
    );
    expect(() => parseStackConfig({ GEMEENTE_PROCESSING_LOG_RETENTION_DAYS: 'forever' })).toThrow(
      /^Invalid configuration: GEMEENTE_PROCESSING_LOG_RETENTION_DAYS: /,
    );
  });

  it('names no variable that nothing reads', () => {
    const readByParsers = new Set(
      [...subgraphVariables, ...otherVariables].flatMap((name) => [canonical(name), `<PARTY>_${canonical(name)}`]),
    );
    expect(sorted([...documented].filter((name) => !readByParsers.has(name) && !(name in readElsewhere)))).toEqual([]);
    for (const [name, file] of Object.entries(readElsewhere)) {
      expect([name, read(file).includes(name)]).toEqual([name, true]);
    }
  });
});

describe("the root README's errors", () => {
  it('names every code of the registry, and no code that is not in it', () => {
    const errors = section(readme, '## Errors a client can get');
    const named = [...errors.matchAll(/`([A-Z][A-Z_]{3,})`/g)].map((match) => match[1] ?? '');
    const codes = Object.keys(errorCodes);
    expect(codes.filter((code) => !named.includes(code))).toEqual([]);
    const notCodes = ['NODE_ENV', 'POST'];
    expect(sorted(named.filter((name) => !codes.includes(name) && !notCodes.includes(name)))).toEqual([]);
  });
});

describe("the root README's Identity", () => {
  it('lists the roles of every kind of organisation, as the kit has them', () => {
    const identity = section(readme, '## Identity');
    const table = identity.slice(identity.indexOf('| organisation '));
    const organisations = columnNames(table, 0).map((names) => (names[0] ?? '').replace(/[:<].*$/, ''));
    const roles = columnNames(table, 1);
    expect(Object.fromEntries(organisations.map((kind, row) => [kind, roles[row]]))).toEqual(rollenPerOrganisatie);
  });
});

describe("the root README's metrics", () => {
  it('names every metric a service registers, and no other', () => {
    const observability = section(readme, '## Observability');
    const documented = firstColumnNames(observability).filter((name) => name.startsWith('ketengraaf_'));
    const registered = [
      'packages/subgraph-kit/src/metrics/service-metrics.ts',
      'packages/subgraph-kit/src/server/graphql-http-service.ts',
      'gateway/src/create-gateway.ts',
    ].flatMap((file) => [...read(file).matchAll(/name: '(ketengraaf_[a-z_]+)'/g)].map((match) => match[1] ?? ''));
    expect(sorted(documented)).toEqual(sorted(registered));
  });
});

describe("the field-by-field tables of the reclassering's and OM/burgemeester's READMEs", () => {
  /** Every field of the party's SDL (but the root's) that declares its grounds, with those grounds. */
  function declaredGrounds(party: string): Map<string, string[]> {
    const grounds = new Map<string, string[]>();
    for (const definition of parse(read(`schema/${party}.graphql`)).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (definition.name.value === 'Query' || definition.name.value === 'Mutation') continue;
      for (const field of definition.fields ?? []) {
        const doelbinding = field.directives?.find((directive) => directive.name.value === 'doelbinding');
        const list = doelbinding?.arguments?.find((argument) => argument.name.value === 'gronden')?.value;
        if (list?.kind !== Kind.LIST) continue;
        grounds.set(
          `${definition.name.value}.${field.name.value}`,
          list.values.flatMap((value) => (value.kind === Kind.STRING ? [value.value] : [])).sort(),
        );
      }
    }
    return grounds;
  }

  /** The table's fields (`Type.field`, then `field` of the same type) with their grounds, written out or by letter. */
  function documentedGrounds(party: string): Map<string, string[]> {
    const text = read(`subgraphs/${party}/README.md`);
    const letters = new Map([...text.matchAll(/\b([A-Z]) = `([A-Z0-9_]+)`/g)].map((match) => [match[1], match[2]]));
    const documented = new Map<string, string[]>();
    for (const line of text.split('\n').filter((row) => row.startsWith('| `'))) {
      const [, fields = '', groundsColumn = ''] = line.split('|');
      const names = [...fields.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
      const type = names[0]?.split('.')[0] ?? '';
      const written = [...groundsColumn.matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1] ?? '');
      const byLetter = groundsColumn.split(',').map((letter) => letters.get(letter.trim()));
      const grounds = written.length > 0 ? written : byLetter.every((ground) => ground !== undefined) ? byLetter : [];
      if (!/^[A-Z]\w*\.\w+$/.test(names[0] ?? '') || grounds.length === 0) continue;
      for (const name of names) documented.set(name.includes('.') ? name : `${type}.${name}`, [...grounds].sort());
    }
    return documented;
  }

  it.each(['reclassering', 'om-burgemeester'])(
    '%s: every declared field with the grounds its SDL declares',
    (party) => {
      expect(Object.fromEntries(documentedGrounds(party))).toEqual(Object.fromEntries(declaredGrounds(party)));
    },
  );
});

describe("the root README's dependencies", () => {
  it('says why each dependency of every workspace is there, each pinned to one version', () => {
    const manifests = [
      'package.json',
      ...readdirSync(join(root, 'subgraphs')).map((party) => `subgraphs/${party}/package.json`),
    ];
    const { workspaces } = JSON.parse(read('package.json')) as { workspaces: string[] };
    manifests.push(...workspaces.filter((folder) => !folder.includes('*')).map((folder) => `${folder}/package.json`));
    const dependencies = manifests.flatMap((file) => {
      const manifest = JSON.parse(read(file)) as Record<string, Record<string, string> | undefined>;
      return ['dependencies', 'devDependencies', 'optionalDependencies'].flatMap((kind) =>
        Object.entries(manifest[kind] ?? {}).map(([name, version]) => ({ name, version, file })),
      );
    });
    const table = section(readme, '## Why each dependency is there');
    // `@opentelemetry/instrumentation-{http,pg}` names both packages.
    const named = new Set(
      firstColumnNames(table).flatMap((name) => {
        const braces = /^(.*)\{([^}]+)\}(.*)$/.exec(name);
        return braces ? (braces[2] ?? '').split(',').map((part) => `${braces[1]}${part}${braces[3]}`) : [name];
      }),
    );
    const unexplained = dependencies.filter(({ name }) => !name.startsWith('@ketengraaf/') && !named.has(name));
    expect(unexplained).toEqual([]);
    expect(dependencies.filter(({ version }) => !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version))).toEqual([]);
  });
});

describe('the npm scripts the READMEs name', () => {
  const markdownFiles = [
    'README.md',
    'test/README.md',
    'gateway/README.md',
    'clients/README.md',
    'clients/screens/README.md',
    'schema/CHANGELOG.md',
    ...['packages', 'subgraphs'].flatMap((folder) =>
      readdirSync(join(root, folder)).map((name) => `${folder}/${name}/README.md`),
    ),
    ...readdirSync(join(root, 'docs/performance'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/performance/${name}`),
  ];
  const scriptsOf = (folder: string) =>
    Object.keys((JSON.parse(read(`${folder}/package.json`)) as { scripts?: object }).scripts ?? {});

  it('exist, in the workspace named', () => {
    const missing = markdownFiles.flatMap((file) =>
      [...read(file).matchAll(/npm run (?:-s )?([a-z:]+)(?: -w ([\w/-]+))?/g)]
        .filter(([, script = '', workspace = '.']) => !scriptsOf(workspace).includes(script))
        .map(([command]) => `${file}: ${command}`),
    );
    expect(missing).toEqual([]);
  });

  it("are every script of the root package.json, in the root README's commands", () => {
    expect(
      scriptsOf('.').filter((script) => !readme.includes(`npm run ${script}`) && !readme.includes(`npm ${script}`)),
    ).toEqual([]);
  });
});
