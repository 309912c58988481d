package org.concerntracker.ingest.hansard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concerntracker.TestData;
import org.concerntracker.ingest.InputFormats;
import org.concerntracker.ingest.InputKind;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.members.PrintedName;
import org.concerntracker.members.SpeakerResolver;
import org.concerntracker.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The readers and the resolver on the real corpus in {@code ../shared/corpus} (skipped when it is
 * absent). Prints each file's counts and resolution, and every speaker left unresolved with why.
 */
class HansardCorpusTest {

  private static final Pattern RECORD = Pattern.compile("<(speech|ques|reply)[\\s>]|<u\\s");

  private static MemberRegistry registry;
  private static SpeakerResolver resolver;

  @BeforeAll
  static void loadRegistry() throws IOException {
    Path people = TestData.corpus("members/derived/people.json");
    try (InputStream in = Files.newInputStream(people)) {
      registry = MemberRegistry.load(in);
    }
    resolver = new SpeakerResolver(registry);
  }

  private static List<Document> read(Path file) {
    LocalInputFile input = new LocalInputFile(file);
    InputFormats.Read read = (InputFormats.Read) InputFormats.choose(InputKind.HANSARD, input);
    Collected c = Collected.read(read.reader(), input);
    assertThat(c.rejects).as("rejects for " + file).isEmpty();
    return c.documents.stream().map(resolver::resolve).toList();
  }

  @Test
  void everyRecordOfEveryCorpusXmlFileBecomesOneDocument() throws IOException {
    Path root = TestData.corpus("hansard");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(4);
    for (Path f : files) {
      String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      Matcher m = RECORD.matcher(raw);
      long expected = 0;
      while (m.find()) {
        expected++;
      }
      List<Document> docs = read(f);
      report(root.relativize(f).toString(), docs);
      assertThat(docs).as(f.toString()).hasSize((int) expected);
      assertThat(docs).extracting(Document::docId).doesNotHaveDuplicates();
    }
  }

  @Test
  void commons2023HasJamieWallisOnTikTok() {
    List<Document> docs = read(TestData.corpus("hansard/twfy/debates2023-03-28d.xml"));
    assertThat(docs).hasSize(467);
    Document wallis = find(docs, "uk.org.publicwhip/debate/2023-03-28d.993.1");
    assertThat(wallis.speaker()).isEqualTo("Jamie Wallis");
    assertThat(wallis.personId()).isEqualTo("uk.org.publicwhip/person/25829");
    assertThat(wallis.party()).isEqualTo("Conservative");
    assertThat(wallis.text()).contains("In the case of TikTok");
    assertThat(wallis.title())
        .contains("Pro-Innovation Regulation of Technologies Review and the Computer Misuse Act");
    Document fell = find(docs, "uk.org.publicwhip/debate/2023-03-28d.818.5");
    assertThat(fell.personId()).isEqualTo("uk.org.publicwhip/person/25869");
    assertThat(fell.text()).contains("Facebook");
  }

  @Test
  void commons2023NameAndDateAgreeWithTheFilesPersonIds() {
    List<Document> docs = read(TestData.corpus("hansard/twfy/debates2023-03-28d.xml"));
    int agree = 0;
    Map<String, String> other = new TreeMap<>();
    for (Document d : docs) {
      if (d.speakerRef() == null) {
        continue;
      }
      Document byName =
          resolver.resolve(
              new Document(
                  d.docId(),
                  d.source(),
                  d.date(),
                  d.title(),
                  d.url(),
                  d.urls(),
                  d.origin(),
                  d.speaker(),
                  null,
                  d.speakerOffice(),
                  null,
                  null,
                  d.house(),
                  null,
                  d.text(),
                  null));
      if (d.personId().equals(byName.personId())) {
        agree++;
      } else {
        other.put(d.speaker(), byName.resolution());
      }
    }
    System.out.printf(
        "debates2023-03-28d.xml: name+date gives the file's person id for %d of %d attributed"
            + " speeches; otherwise: %s%n",
        agree, agree + other.size(), other);
    assertThat(other).isEmpty();
    assertThat(agree).isEqualTo(436);
  }

  @Test
  void westminsterHall2009ResolvesAtLeastNinetyPercentByNameAndDate() {
    List<Document> docs =
        read(TestData.corpus("hansard/twfy-legacy-2009/westminster2009-10-28a.xml"));
    assertThat(docs).hasSize(99);
    List<Document> named =
        docs.stream()
            .filter(d -> d.speaker() != null && PrintedName.parse(d.speaker()).named())
            .toList();
    long byName = named.stream().filter(d -> d.resolution().startsWith("name-date")).count();
    double rate = (double) byName / named.size();
    System.out.printf(
        "westminster2009-10-28a.xml: %d of %d named speeches resolved by name and date (%.1f%%)%n",
        byName, named.size(), 100 * rate);
    assertThat(rate).isGreaterThanOrEqualTo(0.9);
    // The file's legacy member ids do not map through this registry, but they do check the
    // names: one member id must always give one person, and one person one member id.
    Map<String, Set<String>> personsById =
        named.stream()
            .filter(d -> d.speakerRef() != null && d.personId() != null)
            .collect(
                Collectors.groupingBy(
                    Document::speakerRef,
                    Collectors.mapping(Document::personId, Collectors.toSet())));
    assertThat(personsById.values()).allMatch(ids -> ids.size() == 1);
    assertThat(personsById.values().stream().map(ids -> ids.iterator().next()).distinct().count())
        .isEqualTo(personsById.size());
    assertThat(find(docs, "uk.org.publicwhip/westminhall/2009-10-28a.71.2").personId())
        .isEqualTo("uk.org.publicwhip/person/10785");
  }

  @Test
  void parlaMintSamplesGiveEveryUtteranceWithNamesAndParties() {
    List<Document> commons =
        read(TestData.corpus("hansard/parlamint-gb/ParlaMint-GB_2022-07-21-commons.xml"));
    assertThat(commons).hasSize(4).allMatch(d -> d.speaker() != null && d.party() != null);
    assertThat(commons).allMatch(d -> d.personId() != null);
    assertThat(find(commons, "ParlaMint-GB_2022-07-21-commons.u2").personId())
        .isEqualTo("uk.org.publicwhip/person/24945"); // Blackman, Robert John = Bob Blackman
    List<Document> lords =
        read(TestData.corpus("hansard/parlamint-gb/ParlaMint-GB_2020-02-12-lords.xml"));
    assertThat(lords).hasSize(4).allMatch(d -> d.house().equals("lords") && d.party() != null);
    assertThat(lords).extracting(Document::date).allMatch(d -> d.toString().equals("2020-02-12"));
  }

  private static Document find(List<Document> docs, String id) {
    return docs.stream()
        .filter(d -> d.docId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no document " + id));
  }

  private static void report(String file, List<Document> docs) {
    Map<String, Long> how =
        docs.stream()
            .collect(
                Collectors.groupingBy(
                    d -> d.resolution().replaceAll(":.*", ""),
                    TreeMap::new,
                    Collectors.counting()));
    System.out.printf("%s: %d documents; resolution %s%n", file, docs.size(), how);
    docs.stream()
        .filter(d -> d.personId() == null && d.speaker() != null)
        .map(d -> "  unresolved: " + d.speaker() + " (" + d.docId() + "): " + d.resolution())
        .forEach(System.out::println);
  }
}
