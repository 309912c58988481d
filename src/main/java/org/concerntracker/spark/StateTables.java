package org.concerntracker.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What a version keeps, besides its tables, for the next {@code --incremental} run: under {@code
 * <version>/_state/} (hidden from readers, who register only {@link Tables}). Every run writes
 * them, so any version can be the base of an incremental run.
 *
 * <ul>
 *   <li>{@code files}: each input file read, with its checksum and its key (the checksum together
 *       with those of the companion files its reader also read, e.g. ParlaMint's {@code
 *       -meta.tsv});
 *   <li>{@code ingested_documents}, {@code ingested_rejects}: what each file gave its reader,
 *       before documents were merged across files (so that merging can be redone over new files);
 *   <li>{@code analyses}: per document, what the NLP stage gave besides the {@code mentions} and
 *       {@code evidence} rows (its rejects and sentence counts).
 * </ul>
 */
enum StateTables {
  FILES(
      "files",
      createStructType(
          new StructField[] {
            createStructField("kind", StringType, false),
            createStructField("path", StringType, false),
            createStructField("size", LongType, false),
            createStructField("sha256", StringType, true),
            createStructField("input_key", StringType, true),
            createStructField("documents", IntegerType, false),
            createStructField("rejects", IntegerType, false)
          }),
      "path"),
  INGESTED_DOCUMENTS("ingested_documents", withFile(Tables.DOCUMENTS.schema()), "file", "origin"),
  INGESTED_REJECTS(
      "ingested_rejects",
      withFile(Tables.REJECTS.schema()),
      "file",
      "input",
      "record",
      "stage",
      "reason",
      "excerpt"),
  ANALYSES(
      "analyses",
      createStructType(
          new StructField[] {
            createStructField("doc_id", StringType, false),
            createStructField("sentences", IntegerType, false),
            createStructField("parsed_sentences", IntegerType, false),
            createStructField("names_platform", BooleanType, false),
            createStructField("rejects", createArrayType(Tables.REJECTS.schema(), false), false)
          }),
      "doc_id");

  private final String table;
  private final StructType schema;
  private final List<String> sortKey;

  StateTables(String table, StructType schema, String... sortKey) {
    this.table = table;
    this.schema = schema;
    this.sortKey = List.of(sortKey);
  }

  String table() {
    return table;
  }

  StructType schema() {
    return schema;
  }

  List<String> sortKey() {
    return sortKey;
  }

  /** The input file a row came from, then the table's own columns. */
  private static StructType withFile(StructType schema) {
    List<StructField> fields = new ArrayList<>();
    fields.add(createStructField("file", StringType, false));
    fields.addAll(List.of(schema.fields()));
    return createStructType(fields);
  }
}
