// The operator's list of metric backends an experiment may query. An experiment author controls a
// Metric's urlTemplate, so without a list the function would send requests (and the credentials of
// the metric's secret) wherever an experiment points it: an internal service, a cloud metadata
// endpoint, a server that collects tokens.

export class UrlAllowlistError extends Error {}

interface AllowedPrefix {
  /** scheme://host:port, as URL.origin spells it (lowercase host, default port omitted). */
  origin: string;
  /** Path prefix without a trailing slash; '' allows every path. */
  path: string;
}

// An encoded slash, dot or backslash can make the backend see a different path than the one checked
// (a literal backslash or dot segment is already normalised away by the URL parser).
const ENCODED_SEPARATOR = /%2f|%2e|%5c/i;

export class UrlAllowlist {
  private constructor(private readonly prefixes: readonly AllowedPrefix[]) {}

  /**
   * Each entry is an absolute http(s) URL prefix such as `http://prometheus.monitoring:9090/api/v1`.
   * Throws UrlAllowlistError naming the first entry that is not one.
   */
  static parse(entries: readonly string[]): UrlAllowlist {
    const prefixes = entries.map((entry): AllowedPrefix => {
      let url: URL;
      try {
        url = new URL(entry);
      } catch {
        throw new UrlAllowlistError(`allowed metric URL ${JSON.stringify(entry)} is not an absolute URL`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new UrlAllowlistError(`allowed metric URL ${JSON.stringify(entry)} must be http or https`);
      }
      if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
        throw new UrlAllowlistError(
          `allowed metric URL ${JSON.stringify(entry)} must name scheme, host, port and path only`,
        );
      }
      return { origin: url.origin, path: url.pathname.replace(/\/+$/, '') };
    });
    return new UrlAllowlist(prefixes);
  }

  /**
   * Scheme, host and port must equal an entry's exactly; the path must be the entry's path or lie
   * below it, whole segments only (`/api` allows `/api/v1/query`, not `/api-admin`).
   */
  allows(url: URL): boolean {
    if (ENCODED_SEPARATOR.test(url.pathname)) return false;
    return this.prefixes.some(
      (prefix) =>
        prefix.origin === url.origin && (url.pathname === prefix.path || url.pathname.startsWith(`${prefix.path}/`)),
    );
  }
}
