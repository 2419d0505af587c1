import type { FixOffer, SuggestedChange } from './fix-offer.ts';
import { codeBlock, link } from './markdown-text.ts';

/**
 * The PR comment's offer of `migration-guard fix` for one file: the command, and the in-place
 * change when there is one. With `brief`, the change's SQL is left out (the comment is being
 * shortened). Everything from the migration file sits inside code blocks whose fences no line
 * of it can close, so it renders as text: no Markdown, HTML or @-mention of its own.
 */
export function fixOfferBlock(offer: FixOffer, brief: boolean): string {
  const parts: string[] = [];
  const into = offer.files === 1 ? 'one migration file' : `${offer.files} migration files in order`;
  if (offer.command !== undefined) {
    parts.push(
      `**Fixable:** \`migration-guard fix\` rewrites this file into ${into}, after proving the rewrite on a staging database:`,
      codeBlock(offer.command, 'sh'),
    );
  } else {
    parts.push(
      `**Fixable:** \`migration-guard fix\` rewrites this file into ${into}; its name cannot be typed safely in a shell, so rename it first.`,
    );
  }
  const change = offer.suggestion;
  if (change !== undefined) {
    const where = lineRange(change);
    const label = change.url !== undefined ? link(`suggested on ${where}`, change.url) : where;
    parts.push(
      brief
        ? `One statement changes in place (${label}).`
        : `One statement changes in place (${label}):\n\n${codeBlock(change.replacement, 'sql')}`,
    );
  }
  return parts.join('\n\n');
}

/**
 * The body of the review comment that carries the change as a GitHub suggestion: a hidden
 * marker (so a later run finds it instead of posting it again), one line of text, the
 * suggestion block and the command.
 */
export function suggestionCommentBody(
  offer: FixOffer,
  change: SuggestedChange,
  key: string,
): string {
  const parts = [
    `<!-- migration-guard:suggestion ${key} -->`,
    `**migration-guard:** the safe form of this statement (${lineRange(change)}), as \`migration-guard fix\` writes it.`,
    codeBlock(change.replacement, 'suggestion'),
  ];
  if (offer.command !== undefined) {
    parts.push('Or rewrite the file and prove it on a staging database first:');
    parts.push(codeBlock(offer.command, 'sh'));
  }
  return parts.join('\n\n');
}

function lineRange(change: SuggestedChange): string {
  return change.startLine === change.endLine
    ? `line ${change.startLine}`
    : `lines ${change.startLine}–${change.endLine}`;
}
