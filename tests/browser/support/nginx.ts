/**
 * Serves the build with the shipped nginx config (deploy/nginx/help-center.conf), started on 127.0.0.1 by the
 * test and stopped after. Only what a local run needs is changed: the port, the paths, no TLS.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {buildDir} from '../../../scripts/support/server';

const shippedConfig = path.resolve(__dirname, '../../../deploy/nginx/help-center.conf');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export type NginxServer = {origin: string; stop: () => Promise<void>};

export async function startNginx(): Promise<NginxServer> {
  const port = await freePort();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'help-center-nginx-'));
  const server = fs
    .readFileSync(shippedConfig, 'utf8')
    .replace(/listen 443 ssl;/, `listen 127.0.0.1:${port};`)
    .replaceAll('/srv/help-center/build', buildDir);
  const config = [
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    `  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;`,
    `  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;`,
    server,
    '}',
  ].join('\n');
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), config);
  const nginx: ChildProcess = spawn('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {stdio: 'pipe'});
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${stderr}${fs.readFileSync(path.join(prefix, 'error.log'), 'utf8')}`);
    const up = await fetch(`${origin}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    stop: async () => {
      nginx.kill('SIGQUIT');
      await new Promise((resolve) => nginx.once('exit', resolve));
      fs.rmSync(prefix, {recursive: true, force: true});
    },
  };
}
