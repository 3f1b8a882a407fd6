import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

import { parseGatewayConfig, parseSubgraphUrls } from '@ketengraaf/gateway';
import { partyNamed, parties } from '@ketengraaf/parties';
import { parseSubgraphConfig } from '@ketengraaf/subgraph-kit';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { parseAllDocuments } from 'yaml';

const root = join(__dirname, '..');
const folder = join(root, 'deploy', 'kubernetes');
const run = promisify(execFile);

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  [field: string]: unknown;
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}

interface Container {
  name: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string } }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string> };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
}

interface PodTemplate {
  spec: { securityContext?: { runAsNonRoot?: boolean; runAsUser?: number }; containers: Container[] };
}

/**
 * The Kubernetes API's own schemas, as kubernetes-models ships them compiled with ajv: `validate`
 * throws naming the path of a field that breaks them.
 */
const validators: Record<string, (manifest: Manifest) => void> = {
  'v1/ConfigMap': (manifest) => new ConfigMap(manifest).validate(),
  'v1/Secret': (manifest) => new Secret(manifest).validate(),
  'v1/Service': (manifest) => new Service(manifest).validate(),
  'apps/v1/Deployment': (manifest) => new Deployment(manifest).validate(),
  'apps/v1/StatefulSet': (manifest) => new StatefulSet(manifest).validate(),
  'networking.k8s.io/v1/NetworkPolicy': (manifest) => new NetworkPolicy(manifest).validate(),
};

function validate(manifest: Manifest): void {
  const validator = validators[`${manifest.apiVersion}/${manifest.kind}`];
  if (!validator) {
    throw new Error(`no schema here for ${manifest.apiVersion} ${manifest.kind}`);
  }
  validator(manifest);
}

function yamlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? yamlFiles(join(directory, entry.name))
      : entry.name.endsWith('.yaml')
        ? [join(directory, entry.name)]
        : [],
  );
}

const manifests = yamlFiles(folder).flatMap((file) =>
  parseAllDocuments(readFileSync(file, 'utf8')).map((document) => ({
    file: relative(root, file),
    manifest: document.toJS() as Manifest,
  })),
);

const find = (kind: string, name: string): Manifest => {
  const found = manifests.find(({ manifest }) => manifest.kind === kind && manifest.metadata.name === name);
  if (!found) {
    throw new Error(`no ${kind} ${name} in deploy/kubernetes`);
  }
  return found.manifest;
};
const podTemplate = (manifest: Manifest) => (manifest['spec'] as { template: PodTemplate }).template;
const onlyContainer = (manifest: Manifest): Container => {
  const [container] = podTemplate(manifest).spec.containers;
  if (!container) {
    throw new Error(`${manifest.metadata.name} has no container`);
  }
  return container;
};

/** A container's environment as the service would see it, with the example Secret's values. */
function environmentOf(container: Container): Record<string, string> {
  const configMaps = (container.envFrom ?? []).map(
    (source) => (find('ConfigMap', source.configMapRef?.name ?? '')['data'] ?? {}) as Record<string, string>,
  );
  const variables = (container.env ?? []).map((variable) => {
    const reference = variable.valueFrom?.secretKeyRef;
    const secret = reference
      ? ((find('Secret', reference.name)['stringData'] ?? {}) as Record<string, string>)[reference.key]
      : variable.value;
    return [variable.name, secret ?? ''];
  });
  return Object.assign({}, ...configMaps, Object.fromEntries(variables)) as Record<string, string>;
}

describe('the Kubernetes manifests in deploy/kubernetes', () => {
  it('are what scripts/kubernetes-manifests.cjs renders', async () => {
    await expect(run('node', ['scripts/kubernetes-manifests.cjs', '--check'], { cwd: root })).resolves.toBeDefined();
  });

  it.each(manifests.map(({ file, manifest }) => [`${manifest.kind} ${manifest.metadata.name}`, file, manifest]))(
    '%s (%s) is valid against the Kubernetes API schemas',
    (_name, _file, manifest) => {
      expect(() => validate(manifest)).not.toThrow();
    },
  );

  it('would reject a manifest that breaks the schemas, naming the field', () => {
    const deployment = find('Deployment', 'dji');
    const broken = (change: (copy: Manifest) => void): Manifest => {
      const copy = structuredClone(deployment);
      change(copy);
      return copy;
    };
    const spec = (manifest: Manifest) => manifest['spec'] as Record<string, unknown>;
    expect(() =>
      validate(
        broken((copy) => {
          spec(copy)['replicas'] = 'two';
        }),
      ),
    ).toThrow(/spec\/replicas must be integer/);
    expect(() =>
      validate(
        broken((copy) => {
          delete spec(copy)['selector'];
        }),
      ),
    ).toThrow(/spec must have required property selector/);
    expect(() =>
      validate(
        broken((copy) => {
          const container = onlyContainer(copy);
          container.readinessProbe = { httpGet: { path: '/ready' } } as Container['readinessProbe'];
        }),
      ),
    ).toThrow(/readinessProbe\/httpGet must have required property port/);
    expect(() => validate({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } })).toThrow(/no schema here/);
  });

  it.each(parties)(
    'run the %s subgraph with a configuration it accepts, probed on /ready and /health, over its own PostgreSQL',
    (party) => {
      const { envPrefix, defaultPort } = partyNamed(party);
      const container = onlyContainer(find('Deployment', party));
      expect(container.command).toEqual(['node', `subgraphs/${party}/dist/main.js`]);
      const config = parseSubgraphConfig(environmentOf(container), envPrefix, { port: 0 });
      expect(config.port).toBe(defaultPort);
      expect(container.ports).toEqual([{ name: 'http', containerPort: config.port }]);
      expect(container.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
      expect(container.livenessProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
      const databaseUrl = new URL(config.databaseUrl);
      expect(databaseUrl.hostname).toBe(`${party}-db`);
      const postgres = onlyContainer(find('StatefulSet', `${party}-db`));
      const postgresEnvironment = environmentOf(postgres);
      expect(databaseUrl.pathname).toBe(`/${postgresEnvironment['POSTGRES_DB'] ?? ''}`);
      expect(databaseUrl.username).toBe(postgresEnvironment['POSTGRES_USER']);
      expect(databaseUrl.password).toBe(postgresEnvironment['POSTGRES_PASSWORD']);
      const service = find('Service', party)['spec'] as { ports: { port: number }[] };
      expect(service.ports.map((port) => port.port)).toEqual([config.port]);
    },
  );

  it('run the gateway with a configuration it accepts, reaching every subgraph at its Service', () => {
    const container = onlyContainer(find('Deployment', 'gateway'));
    const environment = environmentOf(container);
    const config = parseGatewayConfig(environment);
    expect(container.ports).toEqual([{ name: 'http', containerPort: config.port }]);
    expect(container.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
    expect(container.livenessProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
    const urls = parseSubgraphUrls(environment, parties);
    for (const party of parties) {
      const url = new URL(urls[party] ?? '');
      const service = find('Service', url.hostname)['spec'] as { ports: { port: number }[] };
      expect(service.ports.map((port) => String(port.port))).toEqual([url.port]);
    }
  });

  it('run every container as a non-root user, on a read-only root filesystem, with resource requests', () => {
    const workloads = manifests.filter(({ manifest }) => ['Deployment', 'StatefulSet'].includes(manifest.kind));
    expect(workloads).toHaveLength(parties.length * 2 + 1);
    for (const { manifest } of workloads) {
      const pod = podTemplate(manifest).spec;
      expect(pod.securityContext?.runAsNonRoot).toBe(true);
      expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
      for (const container of pod.containers) {
        expect(container.securityContext).toMatchObject({
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
        });
        expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
      }
    }
  });
});
