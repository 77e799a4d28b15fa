// A real static server for the tests of the sharded site: nginx from the Debian package, started
// on a free loopback port and stopped by the test, serving a built site under a sub-path with the
// precompressed copies (gzip_static, and brotli_static where the module is installed) and
// long-lived caching for the content-named chunks, as a host would. Over HTTP/1.1 by default;
// with `http2`, over HTTPS and HTTP/2 as static hosts and CDNs serve today (a certificate made
// for the run, which the browser must be told to accept: `launch({ insecureTls: true })`).

import { spawn, spawnSync } from "node:child_process";
import https from "node:https";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The configuration: `root` served at `prefix`, everything else 404. */
export function config({ root, prefix, port, work, brotli, http2 = false }) {
  const site = path.resolve(root);
  return `${brotli ? `load_module ${BROTLI_MODULE};\n` : ""}daemon off;
master_process off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 64; }
http {
  access_log ${work}/access.log;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  types {
    text/html html;
    text/javascript js;
    text/css css;
    application/wasm wasm;
    image/svg+xml svg;
    application/json json;
  }
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css text/javascript;
  server {
    listen 127.0.0.1:${port}${http2 ? " ssl http2" : ""};${
      http2 ? `\n    ssl_certificate ${work}/cert.pem;\n    ssl_certificate_key ${work}/key.pem;` : ""
    }
    location ${prefix}chunks/ {
      alias ${site}/chunks/;
      gzip_static on;
      ${brotli ? "brotli_static on;" : ""}
      add_header Cache-Control "public, max-age=31536000, immutable";
    }
    location ${prefix} {
      alias ${site}/;
      index index.html;
      gzip_static on;
      ${brotli ? "brotli_static on;" : ""}
      add_header Cache-Control "no-cache";
    }
  }
}
`;
}

/**
 * Serves `root` with nginx at `prefix` (e.g. "/research/sco/") on a free loopback port.
 * Resolves to { url, brotli, close } once nginx answers; `brotli` tells whether the
 * brotli_static module was loaded.
 */
export async function serveNginx(root, { prefix = "/research/sco/", http2 = false } = {}) {
  if (!existsSync(NGINX)) {
    throw new Error(`${NGINX} is missing: install the Debian package nginx-light (make test does)`);
  }
  const work = mkdtempSync(path.join(tmpdir(), "explorer-nginx-"));
  const port = await freePort();
  const brotli = existsSync(BROTLI_MODULE);
  if (http2) {
    // A throwaway certificate for 127.0.0.1, valid for the run.
    const made = spawnSync(
      "openssl",
      ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
        "-subj", "/CN=127.0.0.1", "-keyout", path.join(work, "key.pem"), "-out", path.join(work, "cert.pem")],
      { encoding: "utf8" },
    );
    if (made.status !== 0) {
      rmSync(work, { recursive: true, force: true });
      throw new Error(`openssl could not make a certificate for HTTP/2: ${made.error?.message ?? made.stderr}`);
    }
  }
  const file = path.join(work, "nginx.conf");
  writeFileSync(file, config({ root, prefix, port, work, brotli, http2 }));
  const child = spawn(NGINX, ["-p", work, "-c", file, "-e", path.join(work, "error.log")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  let exited = null;
  child.on("exit", (code) => (exited = code ?? -1));
  const url = `${http2 ? "https" : "http"}://127.0.0.1:${port}${prefix}`;
  const answers = () =>
    http2
      ? new Promise((resolve, reject) => {
          https.get(url, { rejectUnauthorized: false }, (res) => res.resume().on("end", resolve)).on("error", reject);
        })
      : fetch(url).then((res) => res.arrayBuffer());
  // Ready when it answers (polled every 25 ms, for at most 10 s); fails as soon as nginx exits
  // (a bad configuration) with its error log.
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exited !== null || Date.now() > deadline) {
      const log = existsSync(path.join(work, "error.log")) ? readFileSync(path.join(work, "error.log"), "utf8") : "";
      child.kill("SIGTERM");
      rmSync(work, { recursive: true, force: true });
      throw new Error(`nginx did not start (${exited ?? "no answer in 10 s"}): ${stderr}${log}`);
    }
    try {
      await answers();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  return {
    url,
    brotli,
    close: async () => {
      if (exited === null) {
        const done = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await done;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}
