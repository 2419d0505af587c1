/**
 * Git-style unified diffs of whole files removed and added, as `fix` prints them: `git apply`
 * takes them as they are.
 */
export function removedFileDiff(path: string, text: string): string {
  const lines = linesOf(text);
  return [
    `diff --git a/${path} b/${path}`,
    'deleted file mode 100644',
    `--- a/${path}`,
    '+++ /dev/null',
    `@@ -1${lines.length === 1 ? '' : `,${lines.length}`} +0,0 @@`,
    ...body('-', lines, text),
  ].join('\n');
}

export function addedFileDiff(path: string, text: string): string {
  const lines = linesOf(text);
  return [
    `diff --git a/${path} b/${path}`,
    'new file mode 100644',
    '--- /dev/null',
    `+++ b/${path}`,
    `@@ -0,0 +1${lines.length === 1 ? '' : `,${lines.length}`} @@`,
    ...body('+', lines, text),
  ].join('\n');
}

function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

function body(sign: string, lines: string[], text: string): string[] {
  const out = lines.map((l) => `${sign}${l}`);
  if (text !== '' && !text.endsWith('\n')) out.push('\\ No newline at end of file');
  return out;
}
