package org.concerntracker.ingest.hansard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concerntracker.ingest.InputFormats;
import org.concerntracker.ingest.InputKind;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.members.SpeakerResolver;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fixture under {@code src/test/resources/hansard/}, read by the reader {@link InputFormats}
 * chooses and resolved against {@code members/hard-cases.json}, must give exactly the documents and
 * rejects in {@code hansard/golden/<fixture>.jsonl}. After a deliberate change, regenerate with
 * {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/hansard");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SpeakerResolver RESOLVER = new SpeakerResolver(registry());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "parlparse/debates2023-03-28z.xml",
        "parlparse/westminster2009-10-28z.xml",
        "parlparse/daylord2023-03-28a.xml",
        "parlparse/daylord2006-02-07a.xml",
        "parlparse/answers2023-03-28.xml",
        "parlparse/ministerial2023-03-28a.xml",
        "parlamint/ParlaMint-GB_2021-03-16-commons.xml",
        "malformed/debates2023-03-29z.xml"
      })
  void fixtureMatchesItsGoldenFile(String fixture) throws IOException {
    LocalInputFile input = new LocalInputFile(FIXTURES.resolve(fixture));
    InputFormats.Read read = (InputFormats.Read) InputFormats.choose(InputKind.HANSARD, input);
    Collected got = Collected.read(read.reader(), input);
    List<String> lines = new ArrayList<>();
    for (Object o : got.all) {
      lines.add(JSON.writeValueAsString(o instanceof Document d ? row(d) : row((Reject) o)));
    }
    Path golden = FIXTURES.resolve("golden").resolve(Path.of(fixture).getFileName() + ".jsonl");
    if (Boolean.getBoolean("golden.update")) {
      Files.write(golden, lines, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (create with -Dgolden.update=true)").exists();
    assertThat(lines).containsExactlyElementsOf(Files.readAllLines(golden, StandardCharsets.UTF_8));
  }

  private static Map<String, Object> row(Document raw) throws JsonProcessingException {
    Document d = RESOLVER.resolve(raw);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "document");
    m.put("docId", d.docId());
    m.put("source", d.source().code());
    m.put("date", d.date() == null ? null : d.date().toString());
    m.put("house", d.house());
    m.put("title", d.title());
    m.put("url", d.url());
    m.put("urls", d.urls());
    m.put("origin", d.origin());
    m.put("speaker", d.speaker());
    m.put("speakerRef", d.speakerRef());
    m.put("speakerOffice", d.speakerOffice());
    m.put("personId", d.personId());
    m.put("party", d.party());
    m.put("resolution", d.resolution());
    m.put("publisher", d.publisher());
    m.put("text", d.text());
    return m;
  }

  private static Map<String, Object> row(Reject r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "reject");
    m.put("input", r.input());
    m.put("record", r.record());
    m.put("stage", r.stage());
    m.put("reason", r.reason());
    m.put("excerpt", r.excerpt());
    return m;
  }

  private static MemberRegistry registry() {
    try (var in = GoldenFilesTest.class.getResourceAsStream("/members/hard-cases.json")) {
      return MemberRegistry.load(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
