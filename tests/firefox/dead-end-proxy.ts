import { createServer, type Server } from 'node:net';

/**
 * A "proxy" on the loopback address that forwards nothing: Firefox is pointed at it for every
 * protocol, so any request the test did not answer itself (the page's or Firefox's own) ends
 * here, is recorded, and is refused. Nothing can leave the machine, and the test can assert
 * that nothing tried to.
 */
export interface DeadEndProxy {
  port: number;
  /** The first line of every request that reached it, e.g. "CONNECT example.com:443 HTTP/1.1". */
  attempts: string[];
  close(): Promise<void>;
}

export async function startDeadEndProxy(): Promise<DeadEndProxy> {
  const attempts: string[] = [];
  const server: Server = createServer((socket) => {
    socket.once('data', (chunk) => {
      attempts.push(chunk.toString('latin1').split('\r\n', 1)[0]);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy did not bind');
  return { port: address.port, attempts, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Firefox preferences that send all traffic through the proxy, DNS included, and switch off
 * Firefox's own background fetch that puppeteer's profile leaves on (Remote Settings: block
 * lists, certificate revocation data and the like, from firefox.settings.services.mozilla.com),
 * so the proxy sees nothing at all from a healthy run.
 */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    // The dummy value Firefox's own test harnesses use.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    // Firefox exempts localhost from proxies by default; nothing here needs it.
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
  };
}
