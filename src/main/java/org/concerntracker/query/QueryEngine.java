package org.concerntracker.query;

import java.util.List;

/**
 * SQL over one output directory, each table registered under its name ({@code evidence}, {@code
 * mp_platform_month}, ...). Implementations differ in dialect (DuckDB, Spark SQL); the queries this
 * project runs itself keep to what both understand.
 */
public interface QueryEngine extends AutoCloseable {

  /** The engine's name as {@code --engine} spells it. */
  String name();

  /** The tables found in the output directory, in the order of CONTRACT.md. */
  List<String> tables();

  /**
   * Runs {@code sql}, binding {@code params} to its {@code ?} placeholders in order, and returns at
   * most {@code limit} rows ({@code 0}: all).
   *
   * @throws BadSqlException if the engine rejects the SQL (syntax, unknown table or column, ...)
   */
  QueryResult query(String sql, int limit, Object... params);

  @Override
  void close();

  /** The engine rejected the SQL; the message is the engine's own, first paragraph only. */
  final class BadSqlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BadSqlException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
