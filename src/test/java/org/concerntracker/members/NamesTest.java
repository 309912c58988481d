package org.concerntracker.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void foldsAccentsCasePunctuationAndHyphens() {
    assertThat(Names.fold("Dr. Liam Fox")).isEqualTo("dr liam fox");
    assertThat(Names.fold("Siân James")).isEqualTo("sian james");
    assertThat(Names.fold("Geoffrey Clifton-Brown")).isEqualTo("geoffrey clifton brown");
    assertThat(Names.fold("Neil O’Brien")).isEqualTo("neil o'brien");
    assertThat(Names.fold("Duncan Smith's")).isEqualTo("duncan smith");
  }

  @Test
  void keyDropsTitlesAnywhere() {
    assertThat(Names.key("Sir Iain Duncan Smith")).isEqualTo("iain duncan smith");
    assertThat(Names.key("Ian Paisley Jnr")).isEqualTo("ian paisley");
  }

  @Test
  void personalWordsKeepASurnameThatLooksLikeATitle() {
    // Jonathan Lord, MP for Woking: "Lord" is his surname here, not a rank.
    assertThat(Names.personalWords("Mr Jonathan Lord")).isEqualTo(List.of("jonathan", "lord"));
  }

  @Test
  void placeKeyReadsAmpersandsAsAnd() {
    assertThat(Names.placeKey("Islington South & Finsbury"))
        .isEqualTo(Names.placeKey("Islington South and Finsbury"));
  }

  @Test
  void nicknamesAndPrefixesAreCompatibleForenames() {
    assertThat(Nicknames.compatible("steve", "stephen")).isTrue();
    assertThat(Nicknames.compatible("bob", "robert")).isTrue();
    assertThat(Nicknames.compatible("nus", "nusrat")).isTrue();
    assertThat(Nicknames.compatible("tom", "thomas")).isTrue();
    assertThat(Nicknames.compatible("john", "alasdair")).isFalse();
    assertThat(Nicknames.compatible("jo", "john")).isFalse();
  }

  @Test
  void forenameScoresRankFits() {
    List<String> johnMartin = List.of("john", "martin");
    assertThat(NameMatcher.forenameScore(List.of("john", "martin"), johnMartin))
        .isEqualTo(NameCandidate.FULL);
    assertThat(NameMatcher.forenameScore(List.of("john"), johnMartin))
        .isEqualTo(NameCandidate.FIRST_NAME);
    assertThat(NameMatcher.forenameScore(List.of("james", "donnelly"), List.of("don")))
        .isEqualTo(NameCandidate.OTHER_FORENAME);
    assertThat(NameMatcher.forenameScore(List.of("j"), johnMartin))
        .isEqualTo(NameCandidate.INITIAL);
    assertThat(NameMatcher.forenameScore(List.of(), johnMartin)).isEqualTo(NameCandidate.SURNAME);
    assertThat(NameMatcher.forenameScore(List.of("alasdair"), johnMartin)).isZero();
  }
}
