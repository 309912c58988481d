package org.concerntracker.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cue lexicon's cheap test on raw text, before any parsing. */
class CueLexiconTest {

  private final CueLexicon lexicon = CueLexicon.builtIn();

  @Test
  void aPhraseIsFoundWithItsWordsApartOrHyphenated() {
    assertThat(lexicon.mentionsStance("It is a back door into our networks.")).isTrue();
    assertThat(lexicon.mentionsStance("It is a back-door into our networks.")).isTrue();
    assertThat(lexicon.mentionsStance("It is a back\ndoor into our networks.")).isTrue();
    assertThat(lexicon.mentionsStance("The door at the back was open.")).isFalse();
  }
}
