package org.concerntracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline on a real Commons sitting (../shared/corpus; skipped where absent). */
class HansardCorpusPipelineTest {

  @TempDir Path dir;

  @Test
  void findsJamieWallissTikTokConcernAndNothingInSimonFellsFacebookSpeech() throws Exception {
    Path debates = TestData.corpus("hansard/twfy/debates2023-03-28d.xml");
    Path members = TestData.corpus("members/derived/people.json");
    String out = dir.resolve("out").toString();
    PipelineJob.run(
        new PipelineJob.Options(
            List.of(debates.toString()), List.of(), members.toString(), out, null, null, 0));
    SparkSession spark = SharedSpark.get();
    OutputTables.register(spark, out);
    assertThat(spark.sql("SELECT count(*) FROM documents").first().getLong(0)).isEqualTo(467);
    assertThat(spark.sql("SELECT count(*) FROM rejects").first().getLong(0)).isZero();
    assertThat(
            spark
                .sql(
                    "SELECT count(*) FROM evidence WHERE doc_id ="
                        + " 'uk.org.publicwhip/debate/2023-03-28d.993.1' AND person_id ="
                        + " 'uk.org.publicwhip/person/25829' AND platform = 'TikTok' AND stance = 'concern'")
                .first()
                .getLong(0))
        .isPositive();
    assertThat(
            spark
                .sql(
                    "SELECT count(*) FROM evidence WHERE doc_id ="
                        + " 'uk.org.publicwhip/debate/2023-03-28d.818.5' AND stance <> 'neutral'")
                .first()
                .getLong(0))
        .isZero();
    assertThat(
            spark
                .sql(
                    "SELECT concern, party FROM mp_platform_month WHERE person_id ="
                        + " 'uk.org.publicwhip/person/25829' AND platform = 'TikTok'")
                .first()
                .toString())
        .isEqualTo("[1,Conservative]");
  }
}
