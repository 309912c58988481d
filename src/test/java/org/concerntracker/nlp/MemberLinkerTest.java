package org.concerntracker.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.concerntracker.TestData;
import org.concerntracker.members.MemberRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MemberLinkerTest {

  private static MemberRegistry registry;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = Files.newInputStream(TestData.sample("members/people.json"))) {
      registry = MemberRegistry.load(in);
    }
  }

  private List<String> ids(String text) {
    return new MemberLinker(registry)
        .link(text, LocalDate.of(2023, 3, 14)).stream()
            .map(l -> l.personId() + "@" + text.substring(l.begin(), l.end()))
            .toList();
  }

  @Test
  void linksFullNamesWithAndWithoutTitles() {
    assertThat(ids("Sir Iain Duncan Smith met Alicia Kearns."))
        .containsExactly(
            "uk.org.publicwhip/person/10180@Sir Iain Duncan Smith",
            "uk.org.publicwhip/person/25906@Alicia Kearns");
  }

  @Test
  void linksOtherNamesFromTheRegistry() {
    assertThat(ids("Tom Tugendhat and Nus Ghani spoke."))
        .containsExactly(
            "uk.org.publicwhip/person/25374@Tom Tugendhat",
            "uk.org.publicwhip/person/25354@Nus Ghani");
  }

  @Test
  void linksSurnamesOnlyAfterAFullMention() {
    assertThat(ids("Mr Seely spoke first. Then Bob Seely spoke, and Mr Seely sat down."))
        .containsExactly(
            "uk.org.publicwhip/person/25645@Bob Seely", "uk.org.publicwhip/person/25645@Mr Seely");
    assertThat(ids("Iain Duncan Smith said so. Duncan Smith added more."))
        .containsExactly(
            "uk.org.publicwhip/person/10180@Iain Duncan Smith",
            "uk.org.publicwhip/person/10180@Duncan Smith");
  }

  @Test
  void findsNamesInLongRunsOfCapitalisedWords() {
    assertThat(ids("Senior Tory MP Alicia Kearns urged caution."))
        .containsExactly("uk.org.publicwhip/person/25906@Alicia Kearns");
    assertThat(ids("At Prime Minister's Questions Lib Dem Spokesperson Layla Moran said."))
        .containsExactly("uk.org.publicwhip/person/25689@Layla Moran");
  }

  @Test
  void surnamesAfterAPostNominalAreTheMembers() {
    assertThat(ids("Bob Seely MP wrote to ministers. Seely said TikTok was a risk."))
        .containsExactly(
            "uk.org.publicwhip/person/25645@Bob Seely MP", "uk.org.publicwhip/person/25645@Seely");
  }

  @Test
  void aNamesakeOfAPlaceAbroadIsNotTheMember() {
    // As "presidents Imran Khan of Pakistan, Cyril Ramaphosa of South Africa" in a real article.
    assertThat(ids("Targets included the presidents Alicia Kearns of Ruritania and others."))
        .isEmpty();
    assertThat(ids("Alicia Kearns, of the Foreign Affairs Committee, spoke."))
        .containsExactly("uk.org.publicwhip/person/25906@Alicia Kearns");
  }

  @Test
  void leavesNonMembersUnlinked() {
    assertThat(ids("Shou Zi Chew, TikTok's chief executive, met Joe Bloggs.")).isEmpty();
  }

  @Test
  void membersNotSittingOnTheDateAreNotLinked() {
    List<MemberLinker.Link> links =
        new MemberLinker(registry).link("Alicia Kearns spoke.", LocalDate.of(2010, 1, 1));
    assertThat(links).isEmpty();
  }
}
