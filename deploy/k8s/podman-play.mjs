// Turns the rendered dev overlay into what podman 4.3's `kube play` can run (podman-play.sh): its app
// tier only, with the pod specs unchanged (images, users, read-only roots, probes, resources, env,
// mounts) and only the names that need a cluster replaced:
//   - podman has no Services: the headless Services' names become the pods' own names
//     (NAME-pod-0), and gateway-internal the gateway's pod;
//   - podman has no StatefulSets: MongoDB and MinIO are stand-in containers named PREFIX-user-mongo, ...;
//   - podman reads secretKeyRef from its own secret store: the Secrets become podman secrets
//     (JSON of their data) named PREFIX-NAME;
//   - the gateway's upstreams.conf (cluster DNS names) is replaced by a mounted one, and its public
//     port is published on 127.0.0.1:PORT.
//
//   node deploy/k8s/podman-play.mjs RENDERED_DEV.yaml OUTDIR PREFIX PORT
// writes OUTDIR/play.yaml and OUTDIR/secret-NAME.json per Secret; OUTDIR/upstreams.conf is podman-play.sh's.
import { readFileSync, writeFileSync } from 'node:fs';
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
}

const played = [];
for (const object of objects.filter((o) => o.kind === 'ConfigMap' || o.kind === 'Deployment')) {
  if (object.kind === 'Deployment') {
    object.metadata.name = prefix + object.metadata.name;
    const spec = object.spec.template.spec;
    for (const container of spec.containers) {
      for (const variable of container.env ?? []) {
        for (const [pattern, replace] of renames) if (variable.value) variable.value = variable.value.replace(pattern, replace);
        const ref = variable.valueFrom?.secretKeyRef;
        if (ref) ref.name = prefix + ref.name;
      }
    }
    for (const volume of spec.volumes ?? []) {
      if (volume.secret) volume.secret.secretName = prefix + volume.secret.secretName;
    }
    if (object.metadata.name === `${prefix}gateway`) {
      const nginx = spec.containers[0];
      nginx.ports.find((p) => p.name === 'public').hostPort = Number(port);
      nginx.ports.find((p) => p.name === 'public').hostIP = '127.0.0.1';
      nginx.volumeMounts.push({ name: 'upstreams', mountPath: '/etc/nginx/upstreams.conf', readOnly: true });
      spec.volumes.push({ name: 'upstreams', hostPath: { path: path.resolve(out, 'upstreams.conf'), type: 'File' } });
    }
  }
  played.push(stringify(object));
}
writeFileSync(path.join(out, 'play.yaml'), played.join('---\n'));

