package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.concerntracker.TestData;
import org.concerntracker.ingest.CollectingSink;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.junit.jupiter.api.Test;

/** The real 720-article news index (skipped when the shared corpus is absent). */
class NewsCorpusTest {

  @Test
  void readsAllSevenHundredTwentyArticlesAndMergesExactDuplicates() throws IOException {
    Path index = TestData.corpus("news/derived/news_index.jsonl");
    long lines = Files.lines(index).filter(l -> !l.isBlank()).count();
    CollectingSink sink = new CollectingSink();

    new JsonLinesNewsReader().read(new LocalInputFile(index), sink);

    Set<String> documentLines =
        sink.documents().stream()
            .map(d -> d.origin().replaceAll(".*#", ""))
            .collect(Collectors.toSet());
    Set<String> accounted = new HashSet<>(documentLines);
    sink.rejects().forEach(r -> accounted.add(r.record()));
    List<Document> merged = NewsDeduplicator.merge(sink.documents());

    System.out.printf(
        "news_index.jsonl: %d lines, %d documents, %d rejects, %d documents after merging exact"
            + " duplicates%n",
        lines, sink.documents().size(), sink.rejects().size(), merged.size());
    for (Reject r : sink.rejects()) {
      System.out.printf("  reject %s: %s%n", r.record(), r.reason());
    }
    System.out.println("  speakers named by headlines: " + opEdSpeakers(sink.documents()));

    assertThat(lines).isEqualTo(720);
    assertThat(accounted).as("every line is a document or a reject").hasSize(720);
    assertThat(merged.size()).isBetween(716, 720);
    assertThat(sink.documents().stream().filter(d -> d.date() == null)).hasSize(300);
    assertThat(merged).extracting(Document::docId).doesNotHaveDuplicates();
  }

  private static TreeMap<String, String> opEdSpeakers(List<Document> docs) {
    TreeMap<String, String> out = new TreeMap<>();
    for (Document d : docs) {
      Bylines.fromTitle(d.title()).ifPresent(name -> out.put(name, d.title()));
    }
    return out;
  }
}
