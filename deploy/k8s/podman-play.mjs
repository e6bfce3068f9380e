// Turns the rendered dev overlay into what podman 4.3's `kube play` can run (podman-play.sh): its app
// tier only, with the pod specs unchanged (images, users, read-only roots, probes, resources, env,
// mounts) and only the names that need a cluster replaced:
//   - podman has no Services: the headless Services' names become the pods' own names
//     (NAME-pod-0), and gateway-internal the gateway's pod;
//   - podman has no StatefulSets: MongoDB and MinIO are stand-in containers named PREFIX-user-mongo, ...;
//   - podman reads secretKeyRef from its own secret store: the Secrets become podman secrets
//     (JSON of their data) named PREFIX-NAME;
//   - podman 4.3 crashes on a secret volume (nil pointer in VolumeFromSecret): the signing key is
//     mounted from a file (hostPath) at the same path instead;
//   - podman 4.3 publishes every containerPort on the host's every address: the ports go (the
//     probes name the port numbers instead), but the gateway's public one, on 127.0.0.1:PORT;
//   - podman 4.3 makes an emptyDir a named volume of the same name, shared by every pod that has
//     one of that name: each pod's gets a name of its own (PREFIX-DEPLOYMENT-VOLUME);
//   - the gateway's upstreams.conf (cluster DNS names) is replaced by a mounted one.
//
//   node deploy/k8s/podman-play.mjs RENDERED_DEV.yaml OUTDIR PREFIX PORT
// writes OUTDIR/play.yaml, OUTDIR/secret-NAME.json per Secret and OUTDIR/jwt-signing-key.pem;
// OUTDIR/upstreams.conf is podman-play.sh's.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

const [rendered, out, prefix, port] = process.argv.slice(2);
const objects = parseAllDocuments(readFileSync(rendered, 'utf8')).map((d) => d.toJS()).filter(Boolean);
const pod = (name) => `${prefix}${name}-pod-0`;

const renames = [
  [/mongodb:\/\/([a-z]+-mongo):/, (m, name) => `mongodb://${prefix}${name}:`],
  [/http:\/\/minio:/, () => `http://${prefix}minio:`],
  [/http:\/\/gateway-internal:/, () => `http://${pod('gateway')}:`],
];

for (const secret of objects.filter((o) => o.kind === 'Secret')) {
  const data = Object.fromEntries(Object.entries(secret.data).map(([key, value]) => [key, value.replace(/\s+/g, '')]));
  writeFileSync(path.join(out, `secret-${secret.metadata.name}.json`), JSON.stringify(data));
  for (const [key, value] of Object.entries(data).filter(([key]) => key.endsWith('.pem'))) {
    writeFileSync(path.join(out, key), Buffer.from(value, 'base64'));
    chmodSync(path.join(out, key), 0o644); // a throw-away key, readable by the app's uid
  }
}

// The one file of a Secret that is mounted as a volume (the signing key).
function onlyFileOf(secretName) {
  const secret = objects.find((o) => o.kind === 'Secret' && o.metadata.name === secretName);
  return Object.keys(secret.data)[0];
}

const played = [];
for (const object of objects.filter((o) => o.kind === 'ConfigMap' || o.kind === 'Deployment')) {
  if (object.kind === 'Deployment') {
    object.metadata.name = prefix + object.metadata.name;
    const spec = object.spec.template.spec;
    for (const container of spec.containers) {
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe'].map((p) => container[p]?.httpGet).filter(Boolean)) {
        probe.port = container.ports.find((p) => p.name === probe.port)?.containerPort ?? probe.port;
      }
      const publicPort = container.ports.find((p) => p.name === 'public');
      container.ports = publicPort ? [{ ...publicPort, hostPort: Number(port), hostIP: '127.0.0.1' }] : [];
      for (const variable of container.env ?? []) {
        for (const [pattern, replace] of renames) if (variable.value) variable.value = variable.value.replace(pattern, replace);
        const ref = variable.valueFrom?.secretKeyRef;
        if (ref) ref.name = prefix + ref.name;
      }
    }
    for (const volume of (spec.volumes ?? []).filter((v) => v.emptyDir)) {
      const own = `${object.metadata.name}-${volume.name}`;
      for (const container of spec.containers) {
        for (const mount of (container.volumeMounts ?? []).filter((m) => m.name === volume.name)) mount.name = own;
      }
      volume.name = own;
    }
    for (const volume of (spec.volumes ?? []).filter((v) => v.secret)) {
      const mount = spec.containers[0].volumeMounts.find((m) => m.name === volume.name);
      const file = onlyFileOf(volume.secret.secretName);
      mount.mountPath = `${mount.mountPath}/${file}`;
      delete volume.secret;
      volume.hostPath = { path: path.resolve(out, file), type: 'File' };
    }
    if (object.metadata.name === `${prefix}gateway`) {
      const nginx = spec.containers[0];
      nginx.volumeMounts.push({ name: 'upstreams', mountPath: '/etc/nginx/upstreams.conf', readOnly: true });
      spec.volumes.push({ name: 'upstreams', hostPath: { path: path.resolve(out, 'upstreams.conf'), type: 'File' } });
    }
  }
  played.push(stringify(object));
}
writeFileSync(path.join(out, 'play.yaml'), played.join('---\n'));

