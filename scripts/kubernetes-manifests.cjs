// Writes deploy/kubernetes/ from one template: per party its subgraph with its own PostgreSQL,
// the gateway, the issuer settings they share, and an example of each party's Secret.
//   node scripts/kubernetes-manifests.cjs          writes the files
//   node scripts/kubernetes-manifests.cjs --check  fails when the committed files differ
// test/kubernetes-manifests.test.ts checks the parties below against the registry, and every
// manifest against the Kubernetes API schemas.
const { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const { stringify } = require('yaml');

const root = join(__dirname, '..');
const output = join(root, 'deploy', 'kubernetes');

/** Every party of packages/parties, as its subgraph is deployed. */
const parties = [
  { name: 'dji', envPrefix: 'DJI', port: 4001, database: 'dji' },
  { name: 'gemeente', envPrefix: 'GEMEENTE', port: 4002, database: 'gemeente' },
  { name: 'reclassering', envPrefix: 'RECLASSERING', port: 4003, database: 'reclassering' },
  { name: 'om-burgemeester', envPrefix: 'OM_BURGEMEESTER', port: 4004, database: 'om_burgemeester' },
];

const IMAGE = 'ketengraaf:0.1.0';
const POSTGRES_IMAGE = 'postgres:15';
const GATEWAY_PORT = 4000;
const POSTGRES_UID = 999; // the postgres user of the official image
const NODE_UID = 1000; // the node user the Dockerfile's image runs as

const labels = (name, component) => ({
  'app.kubernetes.io/name': name,
  'app.kubernetes.io/component': component,
  'app.kubernetes.io/part-of': 'ketengraaf',
});
const selectorOf = (name) => ({ 'app.kubernetes.io/name': name });

const podSecurity = (uid) => ({
  runAsNonRoot: true,
  runAsUser: uid,
  runAsGroup: uid,
  fsGroup: uid,
  seccompProfile: { type: 'RuntimeDefault' },
});
const containerSecurity = {
  readOnlyRootFilesystem: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
};
const scratch = (name, mountPath) => ({ volume: { name, emptyDir: {} }, mount: { name, mountPath } });

const identityConfigMap = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'ketengraaf-identity', labels: labels('ketengraaf-identity', 'config') },
  // The organisation's OAuth or OpenID Connect issuer; these placeholders refuse every token.
  data: {
    AUTH_ISSUER: 'https://login.example.nl',
    AUTH_AUDIENCE: 'ketengraaf',
    AUTH_JWKS_URL: 'https://login.example.nl/.well-known/jwks.json',
  },
};

const commonEnvironment = [
  { name: 'NODE_ENV', value: 'production' },
  { name: 'LOG_LEVEL', value: 'info' },
  { name: 'APOLLO_TELEMETRY_DISABLED', value: '1' },
];

/** A Node service of the image: probes on /ready and /health, nothing written but /tmp. */
function nodeDeployment({ name, component, command, port, env }) {
  const tmp = scratch('tmp', '/tmp');
  const probe = (path, periodSeconds, failureThreshold) => ({
    httpGet: { path, port: 'http' },
    periodSeconds,
    timeoutSeconds: 3,
    failureThreshold,
  });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: labels(name, component) },
    spec: {
      replicas: 2,
      selector: { matchLabels: selectorOf(name) },
      template: {
        metadata: { labels: labels(name, component) },
        spec: {
          automountServiceAccountToken: false,
          securityContext: podSecurity(NODE_UID),
          containers: [
            {
              name,
              image: IMAGE,
              command,
              ports: [{ name: 'http', containerPort: port }],
              envFrom: [{ configMapRef: { name: identityConfigMap.metadata.name } }],
              env: [...commonEnvironment, ...env],
              // Migrations run at start: up to 5 minutes before the liveness probe counts.
              startupProbe: probe('/health', 5, 60),
              readinessProbe: probe('/ready', 5, 3),
              livenessProbe: probe('/health', 10, 3),
              resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '512Mi' } },
              securityContext: containerSecurity,
              volumeMounts: [tmp.mount],
            },
          ],
          volumes: [tmp.volume],
        },
      },
    },
  };
}

function service({ name, component, port, headless = false }) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels: labels(name, component) },
    spec: {
      ...(headless ? { clusterIP: 'None' } : {}),
      selector: selectorOf(name),
      ports: [{ name: component === 'database' ? 'postgres' : 'http', port, targetPort: port }],
    },
  };
}

const secretName = (party) => `${party.name}-secrets`;
const fromSecret = (party, key) => ({ secretKeyRef: { name: secretName(party), key } });

function partyManifests(party) {
  const database = `${party.name}-db`;
  const socket = scratch('run', '/var/run/postgresql');
  const tmp = scratch('tmp', '/tmp');
  const isReady = ['pg_isready', '-h', '127.0.0.1', '-U', party.database, '-d', party.database];
  return [
    service({ name: database, component: 'database', port: 5432, headless: true }),
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: database, labels: labels(database, 'database') },
      spec: {
        serviceName: database,
        replicas: 1,
        selector: { matchLabels: selectorOf(database) },
        template: {
          metadata: { labels: labels(database, 'database') },
          spec: {
            automountServiceAccountToken: false,
            securityContext: podSecurity(POSTGRES_UID),
            containers: [
              {
                name: 'postgres',
                image: POSTGRES_IMAGE,
                ports: [{ name: 'postgres', containerPort: 5432 }],
                env: [
                  { name: 'POSTGRES_DB', value: party.database },
                  { name: 'POSTGRES_USER', value: party.database },
                  { name: 'POSTGRES_PASSWORD', valueFrom: fromSecret(party, 'postgres-password') },
                  // A subfolder: the volume's root may hold lost+found, which initdb refuses.
                  { name: 'PGDATA', value: '/var/lib/postgresql/data/pgdata' },
                ],
                readinessProbe: { exec: { command: isReady }, periodSeconds: 5, timeoutSeconds: 3 },
                livenessProbe: {
                  exec: { command: isReady },
                  initialDelaySeconds: 30,
                  periodSeconds: 10,
                  timeoutSeconds: 3,
                  failureThreshold: 6,
                },
                resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { memory: '1Gi' } },
                securityContext: containerSecurity,
                volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }, socket.mount, tmp.mount],
              },
            ],
            volumes: [socket.volume, tmp.volume],
          },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
          },
        ],
      },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: database, labels: labels(database, 'database') },
      // Only the party's own subgraph reaches its database.
      spec: {
        podSelector: { matchLabels: selectorOf(database) },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: { matchLabels: selectorOf(party.name) } }], ports: [{ port: 5432 }] }],
      },
    },
    nodeDeployment({
      name: party.name,
      component: 'subgraph',
      command: ['node', `subgraphs/${party.name}/dist/main.js`],
      port: party.port,
      env: [
        { name: `${party.envPrefix}_PORT`, value: String(party.port) },
        { name: `${party.envPrefix}_HOST`, value: '0.0.0.0' },
        { name: `${party.envPrefix}_DATABASE_URL`, valueFrom: fromSecret(party, 'database-url') },
        { name: `${party.envPrefix}_PSEUDONYM_KEY`, valueFrom: fromSecret(party, 'pseudonym-key') },
      ],
    }),
    service({ name: party.name, component: 'subgraph', port: party.port }),
  ];
}

/** What `kubectl create secret` must hold for a party; the values are placeholders. */
function exampleSecret(party) {
  const password = `${party.name}-change-me`;
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: secretName(party), labels: labels(secretName(party), 'secret') },
    type: 'Opaque',
    stringData: {
      'postgres-password': password,
      'database-url': `postgres://${party.database}:${password}@${party.name}-db:5432/${party.database}`,
      'pseudonym-key': `${party.name}-change-me-to-32-or-more-random-characters`,
    },
  };
}

function gatewayManifests() {
  return [
    nodeDeployment({
      name: 'gateway',
      component: 'gateway',
      command: ['node', 'gateway/dist/main.js'],
      port: GATEWAY_PORT,
      env: [
        { name: 'GATEWAY_PORT', value: String(GATEWAY_PORT) },
        { name: 'GATEWAY_HOST', value: '0.0.0.0' },
        { name: 'SUPERGRAPH_PATH', value: 'schema/supergraph.graphql' },
        ...parties.map((party) => ({
          name: `${party.envPrefix}_URL`,
          value: `http://${party.name}:${String(party.port)}/graphql`,
        })),
      ],
    }),
    service({ name: 'gateway', component: 'gateway', port: GATEWAY_PORT }),
  ];
}

const HEADER = '# Generated by scripts/kubernetes-manifests.cjs: change the script, not this file.\n';

function yamlDocuments(documents) {
  return (
    HEADER +
    documents.map((document) => `---\n${stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })}`).join('')
  );
}

/** Every file of deploy/kubernetes/, by path relative to it. */
function render() {
  const files = {
    'identity.yaml': yamlDocuments([identityConfigMap]),
    'gateway.yaml': yamlDocuments(gatewayManifests()),
  };
  for (const party of parties) {
    files[`${party.name}.yaml`] = yamlDocuments(partyManifests(party));
    files[`secrets-example/${party.name}.yaml`] = yamlDocuments([exampleSecret(party)]);
  }
  return files;
}

function committedFiles(folder = output) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? committedFiles(join(folder, entry.name))
      : entry.name.endsWith('.yaml')
        ? [relative(output, join(folder, entry.name))]
        : [],
  );
}

if (require.main === module) {
  const files = render();
  if (process.argv.includes('--check')) {
    const committed = committedFiles();
    const differing = [...new Set([...Object.keys(files), ...committed])].filter(
      (path) => !committed.includes(path) || readFileSync(join(output, path), 'utf8') !== files[path],
    );
    if (differing.length > 0) {
      console.error(
        `deploy/kubernetes/ differs from what scripts/kubernetes-manifests.cjs renders: ${differing.join(', ')}. Run node scripts/kubernetes-manifests.cjs and commit the result.`,
      );
      process.exit(1);
    }
  } else {
    for (const path of committedFiles()) {
      rmSync(join(output, path));
    }
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(output, path)), { recursive: true });
      writeFileSync(join(output, path), text);
    }
  }
}

module.exports = { parties, render };
