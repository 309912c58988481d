package org.concerntracker.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {

  @Test
  void findsCurlyAndStraightQuotations() {
    String t = "He said “TikTok is a risk” and “so is WeChat”. She said \"fine\".";
    List<Quotes.Span> q = Quotes.find(t);
    assertThat(q)
        .extracting(s -> t.substring(s.begin(), s.end()))
        .containsExactly("“TikTok is a risk”", "“so is WeChat”", "\"fine\"");
  }

  @Test
  void apostrophesAreNotQuotations() {
    assertThat(Quotes.find("The company's kit and MPs' phones")).isEmpty();
  }

  @Test
  void aQuotationContinuedInTheNextParagraphSharesItsGroup() {
    String t = "“First part of it.\n\n“Second part,” she said.\n\nNo quote here.";
    List<Quotes.Span> q = Quotes.find(t);
    assertThat(q).hasSize(2);
    assertThat(q.get(0).group()).isEqualTo(q.get(1).group());
    assertThat(t.substring(q.get(1).begin(), q.get(1).end())).isEqualTo("“Second part,”");
  }
}
