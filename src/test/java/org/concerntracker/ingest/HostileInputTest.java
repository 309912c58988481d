package org.concerntracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.concerntracker.ingest.HostileFixtures.ExpectedReject;
import org.concerntracker.ingest.HostileFixtures.Variant;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader against every fault {@link HostileFixtures} generates, without Spark: the reader
 * neither throws nor gives up on good records; every good record is kept with the text and date it
 * has in the undamaged baseline; every bad record is rejected with its file and record named;
 * records without a readable date are kept with a null date; and the secret file an external entity
 * points at never shows in any document or reject.
 */
class HostileInputTest {

  @TempDir static Path root;
  static HostileFixtures fixtures;
  static List<Variant> variants;

  @BeforeAll
  static void generate() {
    fixtures = new HostileFixtures(root);
    variants = fixtures.generateAll();
  }

  /** What each variant gave, written to target/hostile-input-report.md for the record. */
  static final Map<String, String> OUTCOMES = new java.util.concurrent.ConcurrentSkipListMap<>();

  @AfterAll
  static void writeReport() throws IOException {
    StringBuilder b = new StringBuilder("| format | fault | documents kept | rejects (reason) |\n");
    b.append("| --- | --- | --- | --- |\n");
    OUTCOMES.values().forEach(b::append);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/hostile-input-report.md"), b);
  }

  @TestFactory
  Stream<DynamicTest> everyReaderSurvivesEveryFault() {
    return variants.stream().map(v -> DynamicTest.dynamicTest(v.toString(), () -> check(v)));
  }

  /** What one file gave: documents by record, and rejects. */
  record Read(Map<String, Document> documents, List<Reject> rejects, List<Document> all) {}

  static Read read(InputKind kind, Path file) {
    LocalInputFile input = new LocalInputFile(file);
    assertThat(InputFormats.readerFor(kind, input)).as("a reader for " + file).isPresent();
    DocumentReader reader = InputFormats.readerFor(kind, input).get();
    CollectingSink sink = new CollectingSink();
    List<Document> docs = sink.documents();
    List<Reject> rejects = sink.rejects();
    // The reader itself must cope: FileIngestor's catch-all is a last defence, not the plan.
    assertDoesNotThrow(
        () -> {
          try {
            reader.read(input, sink);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        "reading " + file);
    // Through FileIngestor too: what the pipeline's ingest stage gives for the file.
    FileIngestor.Result r = FileIngestor.ingest(kind, input, MemberRegistry.empty());
    assertThat(r.documents()).hasSameSizeAs(docs);
    Map<String, Document> byRecord = new HashMap<>();
    String prefix = file + "#";
    for (Document d : r.documents()) {
      assertThat(d.origin()).startsWith(prefix);
      byRecord.put(d.origin().substring(prefix.length()), d);
    }
    return new Read(byRecord, r.rejects(), r.documents());
  }

  static void check(Variant v) {
    Read base = read(v.kind(), v.baseline());
    assertThat(base.rejects()).as("the undamaged baseline reads cleanly").isEmpty();
    assertThat(base.documents().keySet()).containsExactlyInAnyOrderElementsOf(baselineKeys(v));

    Read got = read(v.kind(), v.file());
    OUTCOMES.put(
        String.format("%02d-%02d", v.format().ordinal(), v.fault().ordinal()),
        "| "
            + v.format()
            + " | "
            + v.fault().description
            + " | "
            + got.documents().size()
            + " of "
            + v.records().size()
            + " | "
            + String.join(
                "; ",
                got.rejects().stream()
                    .map(r -> (r.record() == null ? "file" : "record") + ": " + r.reason())
                    .map(t -> t.length() > 160 ? t.substring(0, 159) + "…" : t)
                    .map(t -> t.replace("|", "\\|"))
                    .toList())
            + " |\n");
    SoftAssertions soft = new SoftAssertions();
    for (String k : v.kept()) {
      soft.assertThat(got.documents()).as("good record %s kept", k).containsKey(k);
    }
    for (String k : v.lost()) {
      soft.assertThat(got.documents()).as("bad record %s not kept", k).doesNotContainKey(k);
    }
    soft.assertThat(got.all().size())
        .as("one document per record")
        .isEqualTo(got.documents().size());
    if (!v.anyText()) {
      soft.assertThat(v.records())
          .as("no document that was not a record of the sample")
          .containsAll(got.documents().keySet());
      for (Map.Entry<String, Document> e : got.documents().entrySet()) {
        Document baseline = base.documents().get(e.getKey());
        if (baseline != null && !v.changed().contains(e.getKey())) {
          soft.assertThat(e.getValue().text())
              .as("text of %s", e.getKey())
              .isEqualTo(baseline.text());
          soft.assertThat(e.getValue().date())
              .as("date of %s", e.getKey())
              .isEqualTo(baseline.date());
        }
      }
    }
    for (String k : v.undated()) {
      Document d = got.documents().get(k);
      soft.assertThat(d).as("%s kept", k).isNotNull();
      if (d != null) {
        soft.assertThat(d.date()).as("%s has no date", k).isNull();
      }
    }
    for (ExpectedReject x : v.rejects()) {
      soft.assertThat(got.rejects())
          .as("a reject naming %s, record %s", x.input(), x.record())
          .anySatisfy(
              r -> {
                assertThat(r.input()).isEqualTo(x.input());
                if (x.record() != null) {
                  assertThat(r.record()).isEqualTo(x.record());
                }
              });
    }
    for (Reject r : got.rejects()) {
      soft.assertThat(r.reason()).as("reason").isNotBlank();
      soft.assertThat(r.reason())
          .as("the reader coped")
          .doesNotStartWith("could not read the rest");
      soft.assertThat(
              String.join(
                  "|",
                  String.valueOf(r.input()),
                  String.valueOf(r.record()),
                  r.reason(),
                  String.valueOf(r.excerpt())))
          .doesNotContain(fixtures.secretText());
    }
    for (Document d : got.all()) {
      soft.assertThat(d.toString())
          .as("no secret in %s", d.docId())
          .doesNotContain(fixtures.secretText());
    }
    soft.assertAll();
  }

  private static List<String> baselineKeys(Variant v) {
    // Date faults that rename records (ParlaMint's ids carry the sitting date) leave the baseline
    // under the original names: compare the kept and lost sets only where names agree.
    Read base = read(v.kind(), v.baseline());
    return new ArrayList<>(base.documents().keySet());
  }
}
