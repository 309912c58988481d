package org.concerntracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainerWrapTest {

  @Test
  void wrapsWordsToTheWidthAndKeepsLongWordsWhole() {
    assertThat(Explainer.wrap("TikTok is a data harvesting operation for the Party", 22))
        .containsExactly("TikTok is a data", "harvesting operation", "for the Party");
    assertThat(Explainer.wrap("see https://www.theyworkforyou.com/debates/?id=2023 now", 20))
        .containsExactly("see", "https://www.theyworkforyou.com/debates/?id=2023", "now");
  }
}
