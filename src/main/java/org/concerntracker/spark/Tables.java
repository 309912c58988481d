package org.concerntracker.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.concerntracker.model.Document;
import org.concerntracker.model.Evidence;
import org.concerntracker.model.Mention;
import org.concerntracker.model.Reject;

/**
 * The output tables: each one's name, explicit schema, sort key, and the conversion from model
 * records to rows. The columns of CONTRACT.md come first, in its order; extra columns follow.
 */
public enum Tables {
  DOCUMENTS(
      "documents",
      createStructType(
          new StructField[] {
            f("doc_id", StringType, false),
            f("source", StringType, false),
            f("date", DateType, true),
            f("title", StringType, true),
            f("url", StringType, true),
            f("origin", StringType, false),
            f("speaker", StringType, true),
            f("person_id", StringType, true),
            f("party", StringType, true),
            f("house", StringType, true),
            f("publisher", StringType, true),
            f("speaker_ref", StringType, true),
            f("speaker_office", StringType, true),
            f("resolution", StringType, true),
            f("urls", createArrayType(StringType, false), false),
            f("text", StringType, true)
          }),
      "doc_id"),
  MENTIONS(
      "mentions",
      createStructType(
          new StructField[] {
            f("doc_id", StringType, false),
            f("sentence_index", IntegerType, false),
            f("text", StringType, false),
            f("type", StringType, false),
            f("begin", IntegerType, false),
            f("end", IntegerType, false),
            f("person_id", StringType, true),
            f("platform", StringType, true)
          }),
      "doc_id",
      "begin",
      "end",
      "type"),
  EVIDENCE(
      "evidence",
      createStructType(
          new StructField[] {
            f("evidence_id", StringType, false),
            f("doc_id", StringType, false),
            f("source", StringType, false),
            f("date", DateType, true),
            f("person_id", StringType, true),
            f("name", StringType, true),
            f("party", StringType, true),
            f("platform", StringType, false),
            f("stance", StringType, false),
            f("attribution", StringType, false),
            f("confidence", DoubleType, false),
            f("sentence", StringType, false),
            f("cues", createArrayType(StringType, false), false),
            f("sentence_index", IntegerType, false),
            f("url", StringType, true)
          }),
      "doc_id",
      "sentence_index",
      "evidence_id"),
  MP_PLATFORM_MONTH(
      "mp_platform_month",
      createStructType(
          new StructField[] {
            f("person_id", StringType, false),
            f("name", StringType, true),
            f("party", StringType, true),
            f("platform", StringType, false),
            f("month", DateType, false),
            f("source", StringType, false),
            f("concern", LongType, false),
            f("reassurance", LongType, false),
            f("neutral", LongType, false),
            f("documents", LongType, false),
            f("first_date", DateType, false),
            f("last_date", DateType, false)
          }),
      "person_id",
      "platform",
      "month",
      "source"),
  PLATFORM_MONTH(
      "platform_month",
      createStructType(
          new StructField[] {
            f("platform", StringType, false),
            f("month", DateType, false),
            f("source", StringType, false),
            f("mps_concerned", LongType, false),
            f("concern", LongType, false),
            f("reassurance", LongType, false),
            f("neutral", LongType, false),
            f("documents", LongType, false)
          }),
      "platform",
      "month",
      "source"),
  REJECTS(
      "rejects",
      createStructType(
          new StructField[] {
            f("input", StringType, true),
            f("record", StringType, true),
            f("stage", StringType, false),
            f("reason", StringType, false),
            f("excerpt", StringType, true)
          }),
      "input",
      "record",
      "stage",
      "reason"),
  RUNS(
      "runs",
      createStructType(
          new StructField[] {
            f("run_id", StringType, false),
            f("started", TimestampType, false),
            f("finished", TimestampType, false),
            f(
                "inputs",
                createArrayType(
                    createStructType(
                        new StructField[] {
                          f("kind", StringType, false),
                          f("path", StringType, false),
                          f("size", LongType, false),
                          f("sha256", StringType, true),
                          f("documents", IntegerType, false),
                          f("rejects", IntegerType, false)
                        }),
                    false),
                false),
            f("counts", createMapType(StringType, LongType, false), false),
            f("versions", createMapType(StringType, StringType, true), false),
            f("config", createMapType(StringType, StringType, true), false),
            f("incremental", BooleanType, false)
          }),
      "run_id");

  private final String table;
  private final StructType schema;
  private final List<String> sortKey;

  Tables(String table, StructType schema, String... sortKey) {
    this.table = table;
    this.schema = schema;
    this.sortKey = List.of(sortKey);
  }

  public String table() {
    return table;
  }

  public StructType schema() {
    return schema;
  }

  /** The columns rows are sorted by when written, so every run writes them in the same order. */
  public List<String> sortKey() {
    return sortKey;
  }

  private static StructField f(String name, DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }

  static Row row(Document d) {
    return RowFactory.create(
        d.docId(),
        d.source().code(),
        d.date(),
        d.title(),
        d.url(),
        d.origin(),
        d.speaker(),
        d.personId(),
        d.party(),
        d.house(),
        d.publisher(),
        d.speakerRef(),
        d.speakerOffice(),
        d.resolution(),
        d.urls().toArray(new String[0]),
        d.text());
  }

  static Row row(Mention m) {
    return RowFactory.create(
        m.docId(),
        m.sentenceIndex(),
        m.text(),
        m.type(),
        m.begin(),
        m.end(),
        m.personId(),
        m.platform());
  }

  static Row row(Evidence e) {
    return RowFactory.create(
        e.evidenceId(),
        e.docId(),
        e.source().code(),
        e.date(),
        e.personId(),
        e.name(),
        e.party(),
        e.platform(),
        e.stance().code(),
        e.attribution().code(),
        e.confidence(),
        e.sentence(),
        e.cues().toArray(new String[0]),
        e.sentenceIndex(),
        e.url());
  }

  static Row row(Reject r) {
    return RowFactory.create(r.input(), r.record(), r.stage(), r.reason(), r.excerpt());
  }
}
