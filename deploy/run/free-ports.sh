#!/usr/bin/env bash
# Prints COUNT different free TCP ports of 127.0.0.1, one a line. All are held open together while
# they are picked, so they differ; another program may still take one before it is used.
set -euo pipefail
node -e '
  const net = require("net");
  const listen = () => new Promise((done) => { const s = net.createServer().listen(0, "127.0.0.1", () => done(s)); });
  (async () => {
    const servers = [];
    for (let i = 0; i < Number(process.argv[1]); i++) servers.push(await listen());
    console.log(servers.map((s) => s.address().port).join("\n"));
    servers.forEach((s) => s.close());
  })();
' "${1:?usage: free-ports.sh COUNT}"
