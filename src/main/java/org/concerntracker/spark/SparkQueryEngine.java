package org.concerntracker.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.concerntracker.query.QueryEngine;
import org.concerntracker.query.QueryResult;

/**
 * Spark SQL over an output directory on any file system Hadoop reads ({@code hdfs://}, {@code
 * s3a://}, local): the engine for output on a cluster. Each table is registered as a temporary view
 * named after it.
 */
public final class SparkQueryEngine implements QueryEngine {

  private final SparkSession spark;
  private final List<String> tables;

  /**
   * @throws IllegalArgumentException if {@code out} holds no tables
   */
  public SparkQueryEngine(SparkSession spark, String out) {
    this.spark = spark;
    this.tables = OutputTables.register(spark, out);
  }

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public List<String> tables() {
    return tables;
  }

  @Override
  public QueryResult query(String sql, int limit, Object... params) {
    Dataset<Row> result;
    List<Row> rows;
    try {
      result = params.length == 0 ? spark.sql(sql) : spark.sql(sql, params);
      rows = limit > 0 ? result.limit(limit + 1).collectAsList() : result.collectAsList();
    } catch (Exception e) {
      // Spark reports bad SQL as AnalysisException (ParseException is one), undeclared.
      if (e instanceof AnalysisException) {
        throw new BadSqlException(firstLine(e.getMessage()), e);
      }
      throw e;
    }
    boolean truncated = limit > 0 && rows.size() > limit;
    List<String> columns = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (StructField f : result.schema().fields()) {
      columns.add(f.name());
      types.add(f.dataType().simpleString());
    }
    List<List<Object>> out = new ArrayList<>();
    for (Row r : truncated ? rows.subList(0, limit) : rows) {
      List<Object> row = new ArrayList<>(r.size());
      for (int i = 0; i < r.size(); i++) {
        row.add(plain(r.get(i)));
      }
      out.add(row);
    }
    return new QueryResult(columns, types, out, truncated);
  }

  /** The session is shared (tests, spark-submit): closing the engine leaves it running. */
  @Override
  public void close() {}

  /** Spark's Scala collections and nested rows as plain Java values. */
  static Object plain(Object v) {
    if (v instanceof scala.collection.Seq<?> s) {
      List<Object> out = new ArrayList<>();
      scala.jdk.javaapi.CollectionConverters.asJava(s).forEach(x -> out.add(plain(x)));
      return out;
    }
    if (v instanceof scala.collection.Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      scala.jdk.javaapi.CollectionConverters.asJava(m)
          .forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
      return out;
    }
    if (v instanceof Row row) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        out.put(
            row.schema() == null ? "_" + i : row.schema().fields()[i].name(), plain(row.get(i)));
      }
      return out;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return v;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
