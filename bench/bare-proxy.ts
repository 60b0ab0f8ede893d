// The floor of one proxy hop: the smallest Node reverse proxy (no routing, no mirroring, no
// counting), in the same process model as the local gateway, in front of the same revision. The
// gateway's latency over this proxy's is what its own work (routing, header rules, mirroring) adds;
// this proxy's over the revision's is what any extra process on the path costs on this machine.

import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BareProxy {
  url: string;
  close(): Promise<void>;
}

export async function startBareProxy(target: string): Promise<BareProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const server = createServer((req, res) => {
    const forward = request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.once('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
