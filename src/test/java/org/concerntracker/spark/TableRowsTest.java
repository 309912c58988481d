package org.concerntracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.model.Attribution;
import org.concerntracker.model.Document;
import org.concerntracker.model.Evidence;
import org.concerntracker.model.Mention;
import org.concerntracker.model.Reject;
import org.concerntracker.model.Source;
import org.concerntracker.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A record made into a table row and read back is the same record: what incremental runs rely on.
 */
class TableRowsTest {

  private static Row through(SparkSession spark, Row row, Tables t) {
    return spark.createDataFrame(List.of(row), t.schema()).collectAsList().get(0);
  }

  @Test
  void recordsSurviveTheRoundTripWithNullsDatesAndArrays() {
    SparkSession spark = SharedSpark.get();
    Document d =
        new Document(
            "id-1",
            Source.NEWS,
            null,
            "A title",
            "https://a.example/1",
            List.of("https://a.example/1", "https://b.example/1"),
            "in.jsonl#line 1",
            null,
            null,
            null,
            "uk.org.publicwhip/person/1",
            "Labour",
            null,
            "Example Times",
            "Text.\n\nMore text.",
            "byline-name");
    assertThat(TableRows.document(through(spark, Tables.row(d), Tables.DOCUMENTS))).isEqualTo(d);
    Document dated = d.withIdentity("id-2", null, List.of(), "x#page");
    Document withDate =
        new Document(
            dated.docId(),
            Source.HANSARD,
            LocalDate.of(2024, 2, 29),
            null,
            null,
            List.of(),
            dated.origin(),
            "Mr Speaker",
            "#Ref",
            "Chair",
            null,
            null,
            "commons",
            null,
            "x",
            null);
    assertThat(TableRows.document(through(spark, Tables.row(withDate), Tables.DOCUMENTS)))
        .isEqualTo(withDate);
    Evidence e =
        new Evidence(
            "ev-1",
            "id-1",
            Source.HANSARD,
            LocalDate.of(2023, 3, 16),
            null,
            "A Name",
            null,
            "TikTok",
            Stance.CONCERN,
            Attribution.SPEAKER,
            0.1 + 0.2,
            "TikTok is a risk.",
            List.of("risk", "negation:none"),
            3,
            null);
    assertThat(TableRows.evidence(through(spark, Tables.row(e), Tables.EVIDENCE))).isEqualTo(e);
    Mention m = new Mention("id-1", 3, "TikTok", "PLATFORM", 0, 6, null, "TikTok");
    assertThat(TableRows.mention(through(spark, Tables.row(m), Tables.MENTIONS))).isEqualTo(m);
    Reject r = new Reject("in.jsonl", null, "ingest", "empty file (0 bytes)", null);
    assertThat(TableRows.reject(through(spark, Tables.row(r), Tables.REJECTS))).isEqualTo(r);
  }
}
