import { HttpClient } from '@actions/http-client';
import { fetch as undiciFetch } from 'undici';

/**
 * A fetch that goes through the proxy the runner's environment names for `url`
 * (@actions/http-client's rules: HTTPS_PROXY or HTTP_PROXY by scheme, NO_PROXY, and never for
 * loopback addresses), or directly when there is none.
 */
export function proxyFetch(url: string): typeof globalThis.fetch {
  const dispatcher = new HttpClient().getAgentDispatcher(url);
  if (dispatcher === undefined) return globalThis.fetch;
  return ((input: Parameters<typeof undiciFetch>[0], init?: Parameters<typeof undiciFetch>[1]) =>
    undiciFetch(input, { ...init, dispatcher })) as unknown as typeof globalThis.fetch;
}
