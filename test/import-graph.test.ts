import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript-api';
import { describe, expect, it } from 'vitest';

// The module graph of src/ and the edge function, read from the source with the TypeScript
// parser: every import, `export ... from`, `import()` and `import('x').T`, type-only ones too
// (a circle of types is still two files that cannot be read apart).

const ROOT = resolve(import.meta.dirname, '..');
const FUNCTION_DIR = 'supabase/functions/migration-guard';
const DENO_CONFIG = join(FUNCTION_DIR, 'deno.json');

/**
 * Known circles, each removed once it is broken. Keys are the files of the circle, sorted and
 * joined with ' <-> '.
 */
const ALLOWED_CIRCLES = new Set<string>([]);

/**
 * Packages src/core may import only as types: erased before anything runs, so the edge
 * function never loads them.
 */
const TYPE_ONLY_PACKAGES = new Set(['sarif']);

interface ImportEdge {
  specifier: string;
  typeOnly: boolean;
  /** `import()`: loaded when the code runs it, not when the importing module loads. */
  dynamic: boolean;
  line: number;
}

interface Module {
  path: string;
  imports: ImportEdge[];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...sourceFiles(path));
    } else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out.sort();
}

function importsOf(path: string): ImportEdge[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edges: ImportEdge[] = [];
  const add = (
    node: ts.Node,
    specifier: ts.Expression | undefined,
    typeOnly: boolean,
    dynamic = false,
  ) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    edges.push({ specifier: specifier.text, typeOnly, dynamic, line });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamedTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((e) => e.isTypeOnly);
      add(node, node.moduleSpecifier, clause?.isTypeOnly === true || allNamedTypes);
    } else if (ts.isExportDeclaration(node)) {
      const allNamedTypes =
        node.exportClause !== undefined &&
        ts.isNamedExports(node.exportClause) &&
        node.exportClause.elements.length > 0 &&
        node.exportClause.elements.every((e) => e.isTypeOnly);
      add(node, node.moduleSpecifier, node.isTypeOnly || allNamedTypes);
    } else if (ts.isImportEqualsDeclaration(node)) {
      const ref = node.moduleReference;
      if (ts.isExternalModuleReference(ref)) add(node, ref.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, node.arguments[0], false, true);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg)) add(node, arg.literal as ts.Expression, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** The import map of the edge function's deno.json: `@core/` and the packages it maps. */
const denoImports: Record<string, string> = JSON.parse(
  readFileSync(join(ROOT, DENO_CONFIG), 'utf8'),
).imports;

/** The repository path a specifier names, or undefined for a package. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    return relative(ROOT, resolve(ROOT, dirname(from), specifier));
  }
  if (from.startsWith(`${FUNCTION_DIR}/`)) {
    for (const [prefix, target] of Object.entries(denoImports)) {
      if (prefix.endsWith('/') && specifier.startsWith(prefix)) {
        const base = resolve(ROOT, FUNCTION_DIR, target);
        return relative(ROOT, resolve(base, specifier.slice(prefix.length)));
      }
    }
  }
  return undefined;
}

const modules = new Map<string, Module>(
  [...sourceFiles('src'), ...sourceFiles(FUNCTION_DIR)].map((path) => [
    path,
    { path, imports: importsOf(path) },
  ]),
);

/** The graph's edges between files of the graph. */
function localEdges(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const module of modules.values()) {
    const targets = module.imports
      .map((i) => resolveLocal(module.path, i.specifier))
      .filter((t): t is string => t !== undefined && modules.has(t));
    edges.set(module.path, [...new Set(targets)]);
  }
  return edges;
}

/** Strongly connected components of more than one file, or of one file importing itself. */
function circles(edges: Map<string, string[]>): string[][] {
  // Tarjan's algorithm, iterative over the graph's nodes in sorted order so results are stable.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (;;) {
      const top = stack.pop();
      if (top === undefined) break;
      onStack.delete(top);
      component.push(top);
      if (top === node) break;
    }
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) {
      found.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) connect(node);
  return found;
}

/** One path round a component, `a -> b -> ... -> a`, for the message. */
function cyclePath(component: string[], edges: Map<string, string[]>): string {
  const members = new Set(component);
  const start = component[0] ?? '';
  // Breadth-first from start back to start, inside the component.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() ?? '';
    for (const next of edges.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== start && at !== undefined; ) {
          path.push(at);
          at = previous.get(at);
        }
        return [start, ...path.slice(1).reverse(), start].join(' -> ');
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return component.join(' <-> ');
}

describe('import graph', () => {
  it('reads the imports of every file (the parser finds what a regex would)', () => {
    // Guards the reader itself: a file with imports must yield edges.
    const runner = modules.get('src/core/apply/unit-runner.ts');
    expect(runner?.imports.map((i) => i.specifier)).toContain('./describe-failure.ts');
    const handler = modules.get(`${FUNCTION_DIR}/handler.ts`);
    expect(
      handler?.imports.map((i) => resolveLocal(handler.path, i.specifier)).filter(Boolean),
    ).toContain('src/core/db/connection-error.ts');
    expect(modules.size).toBeGreaterThan(100);
  });

  it('finds a circle when there is one', () => {
    const edges = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts', 'd.ts']],
    ]);
    expect(circles(edges)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['d.ts']]);
    expect(cyclePath(['a.ts', 'b.ts', 'c.ts'], edges)).toBe('a.ts -> b.ts -> c.ts -> a.ts');
  });

  it('has no import circles in src/ and the edge function', () => {
    const edges = localEdges();
    const found = circles(edges).filter((c) => !ALLOWED_CIRCLES.has(c.join(' <-> ')));
    expect(found.map((c) => cyclePath(c, edges))).toEqual([]);
  });

  it('keeps each allowed circle listed only while it exists', () => {
    const present = new Set(circles(localEdges()).map((c) => c.join(' <-> ')));
    expect([...ALLOWED_CIRCLES].filter((c) => !present.has(c))).toEqual([]);
  });

  it('imports nothing Node-only in src/core (the edge function runs it on Deno)', () => {
    const nodeBuiltins = new Set(builtinModules);
    const mapped = new Set(Object.keys(denoImports).filter((k) => !k.endsWith('/')));
    const offending: string[] = [];
    for (const module of modules.values()) {
      if (!module.path.startsWith('src/core/')) continue;
      for (const edge of module.imports) {
        const at = `${module.path}:${edge.line}: ${edge.specifier}`;
        const local = resolveLocal(module.path, edge.specifier);
        if (local !== undefined) {
          if (!local.startsWith('src/core/')) offending.push(`${at} (outside src/core)`);
          continue;
        }
        const name = edge.specifier;
        if (name.startsWith('node:') || nodeBuiltins.has(name.split('/')[0] ?? name)) {
          offending.push(`${at} (a Node built-in)`);
        } else if (mapped.has(name)) {
          // The edge function's deno.json maps it to the same npm package.
        } else if (edge.typeOnly && TYPE_ONLY_PACKAGES.has(name)) {
          // Types only: erased.
        } else {
          offending.push(`${at} (a package ${DENO_CONFIG} does not map)`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});

/** The files and packages `entry` loads before any of its code runs: static imports, no types. */
function loadedAtStart(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (files.has(path)) continue;
    files.add(path);
    for (const edge of modules.get(path)?.imports ?? []) {
      if (edge.typeOnly || edge.dynamic) continue;
      const local = resolveLocal(path, edge.specifier);
      if (local === undefined) packages.add(edge.specifier);
      else if (modules.has(local)) pending.push(local);
    }
  }
  return { files, packages };
}

describe('what the CLI loads at start', () => {
  it('neither database client: PGlite and pg load when a check needs that database', () => {
    const { files, packages } = loadedAtStart('src/cli/cli.ts');
    // The walk reaches the CLI's commands: it follows imports.
    expect(files).toContain('src/cli/parse-flags.ts');
    expect([...packages].filter((p) => /^(pg|@electric-sql\/pglite)(\/|$)/.test(p))).toEqual([]);
    expect(files).not.toContain('src/staging/pg-database.ts');
    expect(files).not.toContain('src/staging/pglite-database.ts');
  });

  it('a check on the embedded database does not load pg, the client of a server', () => {
    const { files, packages } = loadedAtStart('src/pipeline/run-staging.ts');
    expect(files).toContain('src/staging/pglite-database.ts');
    expect(files).not.toContain('src/staging/pg-database.ts');
    expect([...packages].filter((p) => /^pg(\/|$)/.test(p))).toEqual([]);
  });
});
