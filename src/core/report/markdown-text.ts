/**
 * Text from SQL files, rule messages and server errors placed into GitHub-flavoured Markdown
 * without changing what it shows: no accidental emphasis, links, HTML or broken table rows.
 */

/** Plain text for a table cell: Markdown punctuation escaped, pipes escaped, one line. */
export function cellText(text: string): string {
  return escapeInline(text).replace(/\r?\n/g, '<br>');
}

function escapeInline(text: string): string {
  // Backslash escapes work for every ASCII punctuation character in GFM; `|` also inside tables.
  return text.replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`);
}

/**
 * A code span that shows `text` verbatim: the backtick fence is longer than any run of
 * backticks inside. In a table, pipes are escaped (GFM strips the backslash inside spans too).
 */
export function codeSpan(text: string, inTable: boolean): string {
  let body = text.replace(/\r?\n/g, ' ');
  if (inTable) body = body.replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestBacktickRun(body) + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A fenced code block that no line of `text` can close early. */
export function codeBlock(text: string, language: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}${language}\n${text.replace(/\s+$/, '')}\n${fence}`;
}

/** Text inside HTML elements such as `<summary>`. */
export function htmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A link whose target cannot break out of the parentheses. */
export function link(label: string, url: string): string {
  return `[${label}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
