package org.concerntracker.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {

  private static Judgement j(String doc, String person, String stance) {
    return new Judgement(doc, person, "TikTok", stance, false, "s");
  }

  private static Judgement optional(String doc, String person, String stance) {
    return new Judgement(doc, person, "TikTok", stance, true, null);
  }

  @Test
  void scoresHitsFalseHitsAndMisses() {
    List<Judgement> gold =
        List.of(j("d1", "p1", "concern"), j("d2", "p2", "reassurance"), j("d3", "p3", "concern"));
    List<Judgement> produced =
        List.of(j("d1", "p1", "concern"), j("d2", "p2", "concern"), j("d4", "p4", "neutral"));
    Scorer.Result r = Scorer.score(produced, gold);
    assertThat(r.hits()).isEqualTo(1);
    assertThat(r.falseHits()).extracting(Judgement::docId).containsExactly("d2");
    assertThat(r.misses()).extracting(Judgement::docId).containsExactly("d2", "d3");
    assertThat(r.precision()).isEqualTo(0.5);
    assertThat(r.recall()).isEqualTo(1.0 / 3);
    assertThat(r.f1()).isEqualTo(0.4);
  }

  @Test
  void optionalGoldLinesAreNeitherFalseHitsNorMisses() {
    List<Judgement> gold =
        List.of(optional("d1", "p1", "concern"), optional("d2", "p2", "concern"));
    Scorer.Result r = Scorer.score(List.of(j("d1", "p1", "concern")), gold);
    assertThat(r.hits()).isZero();
    assertThat(r.falseHits()).isEmpty();
    assertThat(r.misses()).isEmpty();
  }

  @Test
  void neutralIsNotScoredButAConcernOnANeutralGoldLineIsAFalseHit() {
    List<Judgement> gold = List.of(j("d1", "p1", "neutral"));
    assertThat(Scorer.score(List.of(j("d1", "p1", "neutral")), gold).falseHits()).isEmpty();
    assertThat(Scorer.score(List.of(j("d1", "p1", "concern")), gold).falseHits()).hasSize(1);
  }

  @Test
  void readsGoldFilesAndRejectsMalformedLines(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("gold.jsonl");
    Files.writeString(
        ok,
        "// comment\n{\"doc_id\": \"d1\", \"person_id\": \"p1\", \"platform\": \"TikTok\", \"stance\": \"concern\"}\n\n"
            + "{\"doc_id\": \"d2\", \"person_id\": \"p2\", \"platform\": \"Huawei\", \"stance\": \"reassurance\", \"optional\": true}\n");
    assertThat(GoldFile.read(ok))
        .containsExactly(
            new Judgement("d1", "p1", "TikTok", "concern", false, null),
            new Judgement("d2", "p2", "Huawei", "reassurance", true, null));
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(
        bad,
        "{\"doc_id\": \"d1\", \"person_id\": \"p1\", \"platform\": \"TikTok\", \"stance\": \"worried\"}\n");
    assertThatThrownBy(() -> GoldFile.read(bad)).hasMessageContaining("line 1");
  }
}
