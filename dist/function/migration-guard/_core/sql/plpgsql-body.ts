import type { Node } from 'libpg-query';

/** SQL found inside a PL/pgSQL body: a statement it runs, or an expression it evaluates. */
export interface EmbeddedSql {
  /** The SQL as written in the body. */
  sql: string;
  /** Absolute 1-based line in the migration file. */
  line: number;
  /** `statement`: a full SQL statement; `expression`: a condition or value. */
  mode: 'statement' | 'expression';
  /**
   * Parsed nodes: the statement for `statement`; for `expression`, the expression node
   * (the target of `SELECT <expr>`). Empty when the text could not be parsed on its own.
   */
  nodes: Node[];
  /**
   * Where the parsed text starts in `sql`, as a byte offset relative to node locations:
   * a node at `location` sits at byte `location - locationShift` of `sql`. See `embeddedLine`.
   */
  locationShift: number;
  /** The loops (innermost last) that enclose this SQL. */
  loops: PlpgsqlLoop[];
}

/** A LOOP, WHILE or FOR loop in a PL/pgSQL body. */
export interface PlpgsqlLoop {
  kind: 'loop' | 'while' | 'for';
  line: number;
  /** A COMMIT runs inside the loop, so each pass ends its transaction. */
  commits: boolean;
  /** Statements (not expressions) that run inside the loop. */
  statements: EmbeddedSql[];
}

/** The parsed body of a DO block or a PL/pgSQL function. */
export interface PlpgsqlBody {
  context: 'do' | 'function';
  sql: EmbeddedSql[];
  loops: PlpgsqlLoop[];
  /** The body contains COMMIT or ROLLBACK (a procedure or DO block managing its own transactions). */
  commits: boolean;
  /** The body runs dynamic SQL (EXECUTE), which static analysis cannot see into. */
  dynamic: boolean;
}
