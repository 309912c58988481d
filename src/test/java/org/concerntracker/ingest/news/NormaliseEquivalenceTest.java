package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.concerntracker.TestData;
import org.junit.jupiter.api.Test;

/**
 * {@link NewsDeduplicator#normalise(String)} is one pass over the text now (issue 8); it must give
 * exactly what the four regular expressions it replaced gave, kept here as the reference.
 */
class NormaliseEquivalenceTest {

  private static String byRegex(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(NewsText.clean(s), Normalizer.Form.NFKC);
    n = n.replaceAll("[‘’‚‛′`´]", "'").replaceAll("[“”„‟″]", "\"");
    n = n.replaceAll("[‐‑‒–—―−]", "-");
    return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  @Test
  void hardCasesNormaliseAsBefore() {
    List<String> cases =
        List.of(
            "",
            "   ",
            "  “TikTok’s” data — a ″risk″ ‑ says İbrahim\u00a0Ünal \t\n\n next\u000B\f\rline  ",
            "ﬁle ＡＢＣ ½ ‛quoted‛ `x´ „y‟ ‒–—―− ‐",
            "Paragraph one.\n\nParagraph two\u2028with a line separator\u3000and space.\u200b");
    for (String c : cases) {
      assertThat(NewsDeduplicator.normalise(c)).as(c).isEqualTo(byRegex(c));
    }
    assertThat(NewsDeduplicator.normalise(null)).isEqualTo(byRegex(null));
  }

  @Test
  void everyCorpusArticleNormalisesAsBefore() throws IOException {
    Path index = TestData.corpus("news/derived/news_index.jsonl");
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    for (String line : Files.readAllLines(index)) {
      String text = json.readTree(line).path("text").asText(null);
      assertThat(NewsDeduplicator.normalise(text)).isEqualTo(byRegex(text));
      n++;
    }
    assertThat(n).isEqualTo(720);
  }
}
