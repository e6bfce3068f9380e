// njs handlers of the gateway (runs on Debian's njs 0.7 and on the official image's newer njs).
//   readyz:  /readyz is 200 only when every service's /readyz is; else a 503 problem naming them.
//   openapi: /swagger/v1/swagger.json, the three services' OpenAPI documents merged into one.
// Both ask the services through subrequests to the internal /_readyz/<service> and
// /_openapi/<service> locations of public.conf, in parallel.

const services = ['user', 'post', 'notification'];

function ask(r, prefix) {
    return Promise.all(services.map((service) =>
        r.subrequest(prefix + service).then((reply) => reply, () => ({ status: 0 }))));
}

function problem(r, status, title, detail, extensions) {
    const body = Object.assign({
        type: 'https://tools.ietf.org/html/rfc9110#section-15.6.4',
        title: title,
        status: status,
        detail: detail,
        traceId: r.variables.trace_id,
    }, extensions || {});
    r.headersOut['Content-Type'] = 'application/problem+json';
    r.return(status, JSON.stringify(body));
}

async function readyz(r) {
    const replies = await ask(r, '/_readyz/');
    const states = {};
    services.forEach((service, i) => { states[service] = replies[i].status === 200 ? 'Healthy' : 'Unhealthy'; });
    const notReady = services.filter((service) => states[service] !== 'Healthy');
    if (notReady.length > 0) {
        problem(r, 503, 'Not ready', 'Not ready: the ' + notReady.join(', ') + ' service.', { checks: states });
        return;
    }
    r.headersOut['Content-Type'] = 'application/json';
    r.return(200, JSON.stringify({ status: 'Healthy', checks: states }));
}

async function openapi(r) {
    const replies = await ask(r, '/_openapi/');
    const missing = services.filter((service, i) => replies[i].status !== 200);
    if (missing.length > 0) {
        problem(r, 503, 'Service Unavailable', 'No OpenAPI document from the ' + missing.join(', ') + ' service.');
        return;
    }
    const documents = replies.map((reply) => JSON.parse(reply.responseText));
    const merged = {
        openapi: documents[0].openapi,
        info: { title: 'Mini-LinkedIn API (user, post and notification services)', version: 'v1', 'x-limits': {} },
        paths: {},
        components: {},
    };
    const tags = [];
    documents.forEach((document) => {
        Object.assign(merged.paths, document.paths);
        // Each service lists the limits of its own module (and the shared paging ones).
        Object.assign(merged.info['x-limits'], (document.info || {})['x-limits']);
        // Shared schemas (ProblemDetails, the Bearer scheme) are the same in every document.
        Object.keys(document.components || {}).forEach((kind) => {
            merged.components[kind] = Object.assign(merged.components[kind] || {}, document.components[kind]);
        });
        (document.tags || []).forEach((tag) => { if (!tags.some((t) => t.name === tag.name)) tags.push(tag); });
    });
    if (tags.length > 0) merged.tags = tags;
    r.return(200, JSON.stringify(merged));
}

export default { readyz, openapi };
