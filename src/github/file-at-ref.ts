import { type GitHubClient, toGitHubApiError } from './github-client.ts';

export interface FileAtRef {
  owner: string;
  repo: string;
  /** Repository-relative path. */
  path: string;
  /** A commit SHA, branch or tag. */
  ref: string;
}

/**
 * A file's text as it is at `ref`, through the contents API (raw media type, so files up to
 * 100 MB come whole rather than as truncated base64). Undefined when the file is not there.
 * Used when the checkout lacks the base commit, as a shallow `actions/checkout` does.
 */
export async function readFileAtRef(
  client: GitHubClient,
  file: FileAtRef,
): Promise<string | undefined> {
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: file.ref,
      mediaType: { format: 'raw' },
    });
    const data: unknown = response.data;
    if (typeof data === 'string') return data;
    if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
    // A server that ignores the raw media type answers with the JSON form.
    if (typeof data === 'object' && data !== null && 'content' in data) {
      const { content, encoding } = data as { content: unknown; encoding?: unknown };
      if (typeof content === 'string' && encoding === 'base64')
        return new TextDecoder().decode(
          Uint8Array.from(atob(content.replace(/\s/g, '')), (c) => c.charCodeAt(0)),
        );
    }
    throw new Error(`unexpected answer for ${file.path} (not a file)`);
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'status' in error && error.status === 404)
      return undefined;
    throw toGitHubApiError(error, `reading ${file.path} at ${file.ref.slice(0, 12)}`);
  }
}
