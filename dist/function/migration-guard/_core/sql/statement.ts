import type { Node } from 'libpg-query';
import type { PlpgsqlBody } from './plpgsql-body.ts';

/** The name of an AST node kind, e.g. `CreateStmt`. */
export type NodeKind = Node extends infer U ? (U extends unknown ? keyof U : never) : never;

/** The inner value of a node of kind K, e.g. `CreateStmt` for `{ CreateStmt: ... }`. */
export type NodeOf<K extends NodeKind> = Extract<Node, Record<K, unknown>>[K];

/** A comment that silences rules for one statement or for the whole file. */
export interface Suppression {
  scope: 'statement' | 'file';
  rules: string[];
  reason: string;
  line: number;
  /** Set by the engine when the suppression silenced at least one finding. */
  used?: boolean;
}

/** One SQL statement of a migration file, with its place in the file. */
export interface Statement {
  /** 0-based position among the file's top-level statements. */
  index: number;
  kind: NodeKind;
  node: Node;
  /** Source text of the statement, without the trailing semicolon. */
  text: string;
  /** Character offsets of the statement in the file. */
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  /** Suppression comments written directly before the statement. */
  suppressions: Suppression[];
  /** For DO blocks and PL/pgSQL functions: the body, parsed. */
  plpgsql?: PlpgsqlBody;
  /**
   * For a top-level statement: the UTF-8 byte offset of its first character in the text its
   * node's `location`s count from (the file, or the piece of it parsed alone after a syntax
   * error). `location - locationBase` is then a byte offset into `text`.
   */
  locationBase?: number;
  /** For SQL run from inside a DO block: the top-level statement that runs it. */
  parent?: Statement;
}

/** Narrow a statement's node to kind K, or undefined when it is another kind. */
export function nodeAs<K extends NodeKind>(node: Node | undefined, kind: K): NodeOf<K> | undefined {
  if (node === undefined || node === null) return undefined;
  const value = (node as Record<string, unknown>)[kind];
  return value === undefined ? undefined : (value as NodeOf<K>);
}

/** The kind of a node: its single key. */
export function kindOf(node: Node): NodeKind {
  return Object.keys(node)[0] as NodeKind;
}
