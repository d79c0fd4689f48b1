/**
 * Feedback links: "Edit this page" (Starlight's editLink) and "Report a problem
 * with this page" (a prefilled new issue), both from the repository address in
 * REPO_URL. Without it, neither link appears.
 */

/** A usable repository address ("https://github.com/owner/repo"), or undefined. */
export function parseRepoUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`;
  } catch {
    return undefined;
  }
}

/** Starlight's `editLink` option: the repository's edit address for `branch`, or none. */
export function editLinkConfig(repoUrl: string | undefined, branch = 'main'): { baseUrl: string } | undefined {
  const repo = parseRepoUrl(repoUrl);
  return repo ? { baseUrl: `${repo}/edit/${branch}/` } : undefined;
}

/** A new-issue address whose title and body name the page, so a report says where it is from. */
export function reportProblemUrl(
  repoUrl: string | undefined,
  page: { title: string; url: string },
): string | undefined {
  const repo = parseRepoUrl(repoUrl);
  if (!repo) return undefined;
  const title = `Problem on “${page.title}”`;
  const body = [
    `Page: ${page.url}`,
    '',
    'What is wrong (quote the sentence or figure):',
    '',
    'What it should say, and your evidence (source address, a quote, the date you read it):',
    '',
  ].join('\n');
  const params = new URLSearchParams({ title, body });
  return `${repo}/issues/new?${params.toString()}`;
}
