package org.concerntracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.concerntracker.TestData;
import org.concerntracker.ingest.FileIngestor;
import org.concerntracker.ingest.InputKind;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.model.Document;
import org.concerntracker.model.Source;
import org.concerntracker.nlp.DocumentAnalyzer;
import org.concerntracker.nlp.PlatformCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's corpus reads back, through the project's readers, as what was sampled. */
class BenchCorpusTest {

  @TempDir static Path dir;
  static BenchCorpus.Built built;
  static List<Document> docs;
  static MemberRegistry registry;

  @BeforeAll
  static void build() throws IOException {
    BenchCorpus.Pool samples =
        BenchCorpus.Pool.locate(TestData.repo(), dir.resolve("no-shared-here"));
    built = BenchCorpus.build(samples, 120, 1, dir.resolve("input"));
    try (var in = Files.newInputStream(built.members())) {
      registry = MemberRegistry.load(in);
    }
    docs = new ArrayList<>();
    read(InputKind.HANSARD, built.hansard());
    read(InputKind.NEWS, built.news());
  }

  private static void read(InputKind kind, Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        FileIngestor.Result r = FileIngestor.ingest(kind, new LocalInputFile(f), registry);
        assertThat(r.rejects()).as(f.toString()).isEmpty();
        docs.addAll(r.documents());
      }
    }
  }

  @Test
  void samplesFromDataSamplesWhenTheCorpusIsAbsent() {
    assertThat(built.pool()).endsWith("data-samples");
    assertThat(built.hansardDocuments() + built.newsDocuments()).isEqualTo(120);
    assertThat(built.poolDocuments()).isBetween(20, 60);
  }

  @Test
  void everySampledDocumentReadsBackWithAFreshIdAndADate() {
    assertThat(docs).hasSize(120);
    assertThat(docs.stream().map(Document::docId).distinct()).hasSize(120);
    assertThat(docs).allSatisfy(d -> assertThat(d.date()).isNotNull());
    assertThat(docs.stream().filter(d -> d.source() == Source.HANSARD))
        .hasSize(built.hansardDocuments())
        .allSatisfy(d -> assertThat(d.docId()).startsWith("uk.org.publicwhip/debate/"));
    assertThat(docs.stream().filter(d -> d.source() == Source.NEWS))
        .hasSize(built.newsDocuments())
        .allSatisfy(d -> assertThat(d.docId()).startsWith("bench-"));
  }

  @Test
  void newsCopiesDifferSoThePipelineDoesNotMergeThem() {
    List<String> texts =
        docs.stream().filter(d -> d.source() == Source.NEWS).map(Document::text).toList();
    assertThat(texts).doesNotHaveDuplicates();
  }

  @Test
  void hansardSpeakersKeepTheirIds() {
    assertThat(
            docs.stream().filter(d -> d.source() == Source.HANSARD && d.personId() != null).count())
        .isGreaterThan(built.hansardDocuments() / 2);
  }

  @Test
  void theBenchmarksSelectionIsThePipelines() {
    DocumentAnalyzer analyzer = new DocumentAnalyzer(PlatformCatalog.builtIn(), registry);
    List<Document> some = docs.subList(0, 30);
    long heavy = some.stream().mapToLong(d -> analyzer.heavySentences(d).size()).sum();
    long parsed = some.stream().mapToLong(d -> analyzer.analyze(d).parsedSentences()).sum();
    assertThat(heavy).isPositive().isEqualTo(parsed);
  }
}
