// Checks rendered Kubernetes manifests offline (deploy/k8s/check.sh renders them):
//   schema       every object against the Kubernetes 1.34 OpenAPI schemas bundled by kubernetes-models
//                (off the shelf, not written here; it knows each kind of the core API groups);
//   policy       every container: startup, liveness and readiness probes, CPU and memory requests and
//                limits, a numeric non-root user, no privilege escalation, all capabilities dropped,
//                a pinned image tag; every Deployment rolls out without lowering its ready replicas;
//   settings     each service gets exactly the setting names it gets in deploy/compose/services.yml,
//                its ConfigMap/Secret keys exist and are named as in deploy/compose/.env.example.
//
//   node deploy/k8s/check.mjs OVERLAY=RENDERED.yaml ...
//
// Prints one line per failed check, a summary per overlay, and "N passed, N failed".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const services = ['user', 'post', 'notification'];
let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) passed++;
  else {
    failed++;
    console.log(`FAIL ${what}`);
  }
  return ok;
}

// --- schema ---------------------------------------------------------------------------------------
async function validateSchema(object) {
  const name = `${object.kind}/${object.metadata?.name}`;
  let models;
  try {
    models = await import(`kubernetes-models/${object.apiVersion}`);
  } catch {
    return check(false, `${name}: no schema for apiVersion ${object.apiVersion}`);
  }
  const Model = models[object.kind];
  if (!check(typeof Model === 'function', `${name}: no schema for kind ${object.kind} in ${object.apiVersion}`)) return false;
  try {
    new Model(object).validate();
    return check(true, name);
  } catch (error) {
    return check(false, `${name}: ${error.message}`);
  }
}

// --- policy ---------------------------------------------------------------------------------------
const podSpecOf = (object) => object.spec?.template?.spec;

function checkContainers(object) {
  const pod = podSpecOf(object);
  for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
    const name = `${object.kind}/${object.metadata.name} container ${container.name}`;
    const security = { ...pod.securityContext, ...container.securityContext };
    const resources = container.resources ?? {};
    check(['startupProbe', 'livenessProbe', 'readinessProbe'].every((probe) => container[probe]),
      `${name}: needs startup, liveness and readiness probes`);
    check(['requests', 'limits'].every((kind) => resources[kind]?.cpu && resources[kind]?.memory),
      `${name}: needs CPU and memory requests and limits`);
    check(security.runAsNonRoot === true && Number.isInteger(security.runAsUser) && security.runAsUser > 0,
      `${name}: needs runAsNonRoot and a numeric non-root runAsUser`);
    check(container.securityContext?.allowPrivilegeEscalation === false
      && (container.securityContext?.capabilities?.drop ?? []).includes('ALL'),
      `${name}: needs allowPrivilegeEscalation false and capabilities drop [ALL]`);
    const tag = /^[^@]+:([^:/@]+)$/.exec(container.image)?.[1];
    check(/@sha256:[0-9a-f]{64}$/.test(container.image) || (tag !== undefined && tag !== 'latest'),
      `${name}: image ${container.image} needs a pinned tag (not latest) or digest`);
  }
}

function checkPolicy(objects) {
  for (const object of objects.filter(podSpecOf)) {
    checkContainers(object);
    if (object.kind === 'Deployment') {
      const strategy = object.spec.strategy;
      check(strategy?.type === 'RollingUpdate' && strategy.rollingUpdate?.maxUnavailable === 0,
        `Deployment/${object.metadata.name}: needs a RollingUpdate with maxUnavailable 0`);
    }
  }
}

// --- settings -------------------------------------------------------------------------------------
const compose = parse(readFileSync(path.join(root, 'deploy/compose/services.yml'), 'utf8'), { merge: true });
const envExample = readFileSync(path.join(root, 'deploy/compose/.env.example'), 'utf8');
const composeVariables = new Set([...envExample.matchAll(/^([A-Z_]+)=/gm)].map((match) => match[1]));

function checkSettings(objects) {
  const generated = (kind, prefix) => objects.find((o) => o.kind === kind && o.metadata.name.startsWith(prefix));
  for (const service of services) {
    const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === `${service}-service`);
    if (!check(deployment, `Deployment/${service}-service: missing`)) continue;
    const env = deployment.spec.template.spec.containers[0].env ?? [];
    const inCluster = env.map((variable) => variable.name).sort();
    const inCompose = Object.keys(compose.services[service].environment ?? {}).sort();
    check(JSON.stringify(inCluster) === JSON.stringify(inCompose),
      `${service} service: settings differ from compose: only in the manifests [${inCluster.filter((n) => !inCompose.includes(n))}], `
      + `only in compose [${inCompose.filter((n) => !inCluster.includes(n))}]`);
    for (const variable of env.filter((v) => v.valueFrom)) {
      const [kind, prefix, ref] = variable.valueFrom.secretKeyRef
        ? ['Secret', 'mini-linkedin-secrets', variable.valueFrom.secretKeyRef]
        : ['ConfigMap', 'mini-linkedin-settings', variable.valueFrom.configMapKeyRef];
      const source = generated(kind, prefix);
      check(source && ref.name === source.metadata.name && ref.key in (source.data ?? {}) && composeVariables.has(ref.key),
        `${service} service: ${variable.name} comes from ${kind} ${ref.name} key ${ref.key}, which must exist there and in deploy/compose/.env.example`);
    }
  }
}

// --- main -----------------------------------------------------------------------------------------
for (const argument of process.argv.slice(2)) {
  const [overlay, file] = argument.split('=');
  const before = { passed, failed };
  const documents = parseAllDocuments(readFileSync(file, 'utf8'));
  const objects = documents.map((document) => document.toJS()).filter(Boolean);
  // kustomize v5 folds a long Secret value over several lines; the API server's base64 decoder skips
  // line breaks, the schema's "byte" format does not: join them before validating.
  for (const secret of objects.filter((o) => o.kind === 'Secret' && o.data)) {
    for (const key of Object.keys(secret.data)) secret.data[key] = secret.data[key].replace(/\s+/g, '');
  }
  for (const document of documents.filter((d) => d.errors.length > 0)) check(false, `${overlay}: YAML: ${document.errors[0].message}`);
  for (const object of objects) await validateSchema(object);
  checkPolicy(objects);
  checkSettings(objects);
  const kinds = {};
  for (const object of objects) kinds[object.kind] = (kinds[object.kind] ?? 0) + 1;
  console.log(`${overlay}: ${objects.length} objects (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}): `
    + `${passed - before.passed} checks passed, ${failed - before.failed} failed`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
