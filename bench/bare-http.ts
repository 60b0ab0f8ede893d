// The bare client the floors and the raw reference are measured with: node:http on kept-alive
// connections, uncompressed answers, the body read whole. The function sends its metric queries the
// same way (src/metrics/providers/http.ts); its Kubernetes calls go through @kubernetes/client-node,
// so whatever that client costs over a bare request counts against the function, as it should.

import { Agent, request, type IncomingHttpHeaders } from 'node:http';

export interface BareAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export function bareRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<BareAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-encoding': 'identity',
      ...options.headers,
    };
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
    const outgoing = request(url, { method: options.method ?? 'GET', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.once('error', reject);
    });
    outgoing.once('error', reject);
    outgoing.end(options.body);
  });
}
