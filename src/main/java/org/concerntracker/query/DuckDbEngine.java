package org.concerntracker.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duckdb.DuckDBStruct;

/**
 * SQL over a local output directory with DuckDB (in-process, in memory): every table directory
 * becomes a view over its Parquet files. Starts in well under a second, where a Spark session takes
 * ten or more, so it is what {@code query}, {@code explain} and the notebooks use for local output.
 *
 * <p>The output directory is resolved to its version directory once, when the engine opens: a run
 * that publishes new tables meanwhile (OutputStore swaps the link) does not mix versions in one
 * session.
 */
public final class DuckDbEngine implements QueryEngine {

  /** The tables of CONTRACT.md, in its order; other table directories follow alphabetically. */
  private static final List<String> KNOWN =
      List.of(
          "documents",
          "mentions",
          "evidence",
          "mp_platform_month",
          "platform_month",
          "rejects",
          "runs");

  private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  /** DuckDB's error classes that mean the SQL itself is wrong, not the data or the machine. */
  private static final Pattern BAD_SQL =
      Pattern.compile(
          "(Parser|Catalog|Binder|Conversion|Invalid Input|Not implemented|Syntax|Parameter Not"
              + " (Allowed|Resolved)|Invalid type|Out of Range) Error.*",
          Pattern.DOTALL);

  private static final Pattern SYSTEM_SUGGESTION =
      Pattern.compile("Did you mean \"(pg_|duckdb_|sqlite_|information_schema).*");

  private final Path dir;
  private final Connection connection;
  private final List<String> tables;

  /**
   * Opens DuckDB over {@code out}.
   *
   * @throws IllegalArgumentException if {@code out} is missing or holds no tables
   */
  public DuckDbEngine(String out) {
    Path given = Path.of(out.startsWith("file:") ? java.net.URI.create(out).getPath() : out);
    if (!Files.isDirectory(given)) {
      throw new IllegalArgumentException(
          "--out " + out + ": no such directory (run the pipeline first: jobs/run)");
    }
    try {
      this.dir = given.toRealPath();
      this.tables = tableDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("--out " + out + ": unreadable: " + e.getMessage(), e);
    }
    if (tables.isEmpty()) {
      throw new IllegalArgumentException(
          "--out " + out + ": no Concern Tracker tables there (run the pipeline first: jobs/run)");
    }
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      this.connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        // Timestamps in the tables are UTC (SparkSessions writes them so); show them as such.
        s.execute("SET TimeZone = 'UTC'");
        for (String t : tables) {
          s.execute("CREATE VIEW \"" + t + "\" AS SELECT * FROM " + source(dir.resolve(t)));
        }
      }
    } catch (SQLException | ClassNotFoundException | IOException e) {
      throw new IllegalStateException("DuckDB over " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The version directory the views read. */
  public Path directory() {
    return dir;
  }

  @Override
  public String name() {
    return "duckdb";
  }

  @Override
  public List<String> tables() {
    return tables;
  }

  @Override
  public QueryResult query(String sql, int limit, Object... params) {
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<String> columns = new ArrayList<>(n);
        List<String> types = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          columns.add(meta.getColumnLabel(i));
          types.add(meta.getColumnTypeName(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
          if (limit > 0 && rows.size() == limit) {
            truncated = true;
            break;
          }
          List<Object> row = new ArrayList<>(n);
          for (int i = 1; i <= n; i++) {
            row.add(plain(rs.getObject(i)));
          }
          rows.add(row);
        }
        return new QueryResult(columns, types, rows, truncated);
      }
    } catch (SQLException e) {
      String message = message(e.getMessage());
      if (BAD_SQL.matcher(message).matches()) {
        throw new BadSqlException(message, e);
      }
      throw new IllegalStateException("DuckDB: " + message, e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** DuckDB's JDBC values as the plain values of {@link QueryResult}. */
  static Object plain(Object v) throws SQLException {
    if (v instanceof Array a) {
      Object[] items = (Object[]) a.getArray();
      List<Object> out = new ArrayList<>(items.length);
      for (Object x : items) {
        out.add(plain(x));
      }
      return out;
    }
    if (v instanceof DuckDBStruct s) {
      return plainMap(s.getMap());
    }
    if (v instanceof Map<?, ?> m) {
      return plainMap(m);
    }
    if (v instanceof BigInteger b) {
      // HUGEINT, e.g. sum(BIGINT): a long whenever it fits, as Spark gives.
      return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    return v;
  }

  private static Map<String, Object> plainMap(Map<?, ?> m) throws SQLException {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      out.put(String.valueOf(e.getKey()), plain(e.getValue()));
    }
    return out;
  }

  /** Sub-directories holding Parquet files, known tables first. */
  private static List<String> tableDirectories(Path dir) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> children = Files.list(dir)) {
      for (Path p : children.sorted().toList()) {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p) && TABLE_NAME.matcher(name).matches() && hasParquet(p)) {
          found.add(name);
        }
      }
    }
    List<String> ordered = new ArrayList<>(KNOWN.stream().filter(found::contains).toList());
    found.stream().filter(t -> !KNOWN.contains(t)).forEach(ordered::add);
    return List.copyOf(ordered);
  }

  /**
   * A table's Parquet files: those in its directory, or, for a table partitioned as Spark writes
   * them ({@code documents/year=2023/part-….parquet}), those one level down, with the partition
   * column ({@code year}) read from the directory names.
   */
  private static String source(Path table) throws IOException {
    return partitions(table).isEmpty()
        ? "read_parquet(" + literal(table.resolve("*.parquet").toString()) + ")"
        : "read_parquet("
            + literal(table.resolve("*=*").resolve("*.parquet").toString())
            + ", hive_partitioning = true)";
  }

  private static List<Path> partitions(Path table) throws IOException {
    try (Stream<Path> children = Files.list(table)) {
      return children
          .filter(Files::isDirectory)
          .filter(p -> PARTITION.matcher(p.getFileName().toString()).matches())
          .filter(DuckDbEngine::hasFiles)
          .toList();
    }
  }

  private static final Pattern PARTITION = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=[^/]+");

  private static boolean hasFiles(Path dir) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.parquet")) {
      return files.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean hasParquet(Path dir) throws IOException {
    return hasFiles(dir) || !partitions(dir).isEmpty();
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /**
   * DuckDB's message without blank lines, and without its suggestion of a system catalogue for an
   * unknown table ({@code Did you mean "pg_indexes"?}), which only misleads here.
   */
  static String message(String message) {
    if (message == null) {
      return "";
    }
    return message
        .lines()
        .filter(l -> !l.isBlank())
        .filter(l -> !SYSTEM_SUGGESTION.matcher(l).matches())
        .map(String::stripTrailing)
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }
}
