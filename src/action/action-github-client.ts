import * as core from '@actions/core';
import { createGitHubClient, type GitHubClient } from '../github/github-client.ts';

/** The REST client for the runner's API root and the github-token input; none without a token. */
export function actionGitHubClient(
  token: string | undefined,
  env: NodeJS.ProcessEnv,
): GitHubClient | undefined {
  if (!token) return undefined;
  return createGitHubClient({
    baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    token,
    warn: (message) => core.warning(message),
  });
}
