package org.concerntracker.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.concerntracker.TestData;
import org.concerntracker.members.MemberRegistry;
import org.junit.jupiter.api.Test;

/**
 * The linker skips the registry's look-up for word sequences whose last word ends no name it knows
 * (issue 8: the look-ups were an eighth of the NLP stage). It must link exactly what it linked
 * without that test: checked over every article of the real news corpus, on dates across the
 * registry's span, and over hard cases.
 */
class MemberLinkerPrefilterTest {

  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2005, 1, 15), LocalDate.of(2020, 9, 12), LocalDate.of(2023, 3, 28));

  private static MemberRegistry corpusRegistry() throws IOException {
    try (InputStream in = Files.newInputStream(TestData.corpus("members/derived/people.json"))) {
      return MemberRegistry.load(in);
    }
  }

  @Test
  void hardCasesLinkAsWithoutTheTest() throws IOException {
    MemberRegistry registry = corpusRegistry();
    MemberLinker fast = new MemberLinker(registry);
    MemberLinker full = new MemberLinker(registry, false);
    String text =
        "Sir Iain Duncan Smith MP said TikTok was a threat. Duncan Smith added that Mr Wallis"
            + " agreed. The Rt Hon Tom Tugendhat QC and Nus Ghani signed. Dr Luke Evans, Jamie"
            + " Wallis and John McDonnell spoke; Baroness Barran and Lord Coaker did not. Stephen"
            + " Kinnock's letter went to O'Brien and to Smith-Jones. The Government Said Nothing.";
    List<MemberLinker.Link> links = fast.link(text, LocalDate.of(2020, 9, 12));
    assertThat(links).isEqualTo(full.link(text, LocalDate.of(2020, 9, 12)));
    // "Duncan Smith" after "Sir Iain Duncan Smith MP" is his, not a family "Smith MP"'s.
    assertThat(links)
        .extracting(MemberLinker.Link::surface)
        .contains("Sir Iain Duncan Smith MP", "Duncan Smith", "Nus Ghani", "Jamie Wallis");
    assertThat(registry.mayEndName("Government")).isFalse();
    assertThat(registry.mayEndName("Smith")).isTrue();
    assertThat(registry.mayEndName("MP")).isTrue();
    assertThat(registry.mayEndName("O'Brien")).isTrue();
  }

  @Test
  void everyCorpusArticleLinksAsWithoutTheTest() throws IOException {
    Path index = TestData.corpus("news/derived/news_index.jsonl");
    MemberRegistry registry = corpusRegistry();
    MemberLinker fast = new MemberLinker(registry);
    MemberLinker full = new MemberLinker(registry, false);
    ObjectMapper json = new ObjectMapper();
    int articles = 0;
    int links = 0;
    for (String line : Files.readAllLines(index)) {
      String text = json.readTree(line).path("text").asText("");
      for (LocalDate date : DATES) {
        List<MemberLinker.Link> expected = full.link(text, date);
        assertThat(fast.link(text, date)).as(line.substring(0, 120)).isEqualTo(expected);
        links += expected.size();
      }
      articles++;
    }
    assertThat(articles).isEqualTo(720);
    assertThat(links).as("links found, so the comparison means something").isGreaterThan(100);
  }
}
