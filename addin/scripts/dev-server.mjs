// The add-in's dev server: serves addin/dist on https://localhost:3000 with the Office dev
// certificates (`npm run dev-certs` installs them once). `--http` serves plain http instead.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.env.PORT ?? process.env.npm_package_config_dev_server_port ?? 3000);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml; charset=utf-8', '.map': 'application/json', '.json': 'application/json' };

function handler(req, res) {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path === '/' ? 'taskpane.html' : path));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
}

if (!existsSync(join(root, 'taskpane.html'))) {
  console.error('addin/dist is not built: run `npm run build` at the repository root first.');
  process.exit(1);
}
if (process.argv.includes('--http')) {
  createHttp(handler).listen(port, () => console.log(`hoptac add-in on http://localhost:${port}/`));
} else {
  const { getHttpsServerOptions } = await import('office-addin-dev-certs');
  const options = await getHttpsServerOptions();
  createHttps(options, handler).listen(port, () => console.log(`hoptac add-in on https://localhost:${port}/`));
}
