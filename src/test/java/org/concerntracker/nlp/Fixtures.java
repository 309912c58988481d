package org.concerntracker.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concerntracker.TestData;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.model.Document;
import org.concerntracker.model.Evidence;
import org.concerntracker.model.Source;
import org.concerntracker.model.Stance;

/** Documents and a shared analyzer (CoreNLP loads once per JVM) for the NLP tests. */
final class Fixtures {

  static final MemberRegistry REGISTRY = registry();
  static final DocumentAnalyzer ANALYZER =
      new DocumentAnalyzer(PlatformCatalog.builtIn(), REGISTRY);

  private Fixtures() {}

  private static MemberRegistry registry() {
    try (InputStream in = Files.newInputStream(TestData.sample("members/people.json"))) {
      return MemberRegistry.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document speech(String personId, String name, String title, String text) {
    return new Document(
        "test/" + Integer.toHexString(text.hashCode()),
        Source.HANSARD,
        LocalDate.of(2023, 3, 16),
        title,
        null,
        List.of(),
        "test",
        name,
        personId,
        null,
        personId,
        "Conservative",
        "commons",
        null,
        text,
        "file-person-id");
  }

  static Document article(String title, String byline, String text) {
    return new Document(
        "news:" + Integer.toHexString(text.hashCode()),
        Source.NEWS,
        LocalDate.of(2023, 3, 14),
        title,
        "https://news.example.org/a",
        List.of(),
        "test",
        byline,
        null,
        null,
        null,
        null,
        null,
        "Example",
        text,
        null);
  }

  /** Each holder's strongest stance per platform: "person|platform" → stance. */
  static Map<String, Stance> stances(Document d) {
    Map<String, Stance> out = new TreeMap<>();
    for (Evidence e : ANALYZER.analyze(d).evidence()) {
      String holder =
          e.personId() == null ? e.name() : e.personId().replace("uk.org.publicwhip/person/", "");
      out.merge(holder + "|" + e.platform(), e.stance(), Stance::strongest);
    }
    return out;
  }
}
