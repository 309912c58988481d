package org.concerntracker.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import org.concerntracker.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real registry {@code ../shared/corpus/members/derived/people.json} (skipped when absent):
 * loads whole, and the name forms the news side will meet find the right member.
 */
class CorpusRegistryTest {

  private static final String P = "uk.org.publicwhip/person/";
  private static final LocalDate DAY = LocalDate.of(2023, 3, 28);
  private static MemberRegistry registry;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = Files.newInputStream(TestData.corpus("members/derived/people.json"))) {
      registry = MemberRegistry.load(in);
    }
  }

  private static String best(String name, LocalDate date) {
    return registry.candidates(name, date).best().map(NameCandidate::personId).orElse(null);
  }

  @Test
  void loadsEveryPersonAndRedirect() {
    assertThat(registry.size()).isEqualTo(1592);
    assertThat(registry.canonicalId(P + "25632")).isEqualTo(P + "25604");
    assertThat(registry.name(P + "10121")).contains("Vernon Coaker");
    assertThat(registry.person(P + "10121").orElseThrow().names()).contains("Lord Coaker");
  }

  @Test
  void partiesFollowTheDate() {
    assertThat(registry.partyOn(P + "25829", DAY)).contains("Conservative");
    assertThat(registry.partyOn(P + "10159", LocalDate.of(2016, 1, 1)))
        .contains("Labour/Co-operative");
    assertThat(registry.partyOn(P + "10159", LocalDate.of(2003, 1, 1))).contains("Labour");
    // Between the 2019 dissolution and election nobody sits.
    assertThat(registry.sittingOn(P + "25637", LocalDate.of(2019, 11, 20))).isFalse();
  }

  @Test
  void newsNameFormsFindTheMember() {
    assertThat(best("Sir Iain Duncan Smith", DAY)).isEqualTo(P + "10180");
    assertThat(best("Iain Duncan Smith", LocalDate.of(2020, 9, 12))).isEqualTo(P + "10180");
    assertThat(best("Duncan Smith", DAY)).isEqualTo(P + "10180");
    assertThat(best("Tom Tugendhat", DAY)).isEqualTo(P + "25374");
    assertThat(best("Nus Ghani", DAY)).isEqualTo(P + "25354");
    assertThat(best("Dr Luke Evans", DAY)).isEqualTo(P + "25805");
    assertThat(best("Alicia Kearns", DAY)).isEqualTo(P + "25906");
    assertThat(best("Bob Seely", DAY)).isEqualTo(P + "25645");
    NameMatches evans = registry.candidates("Mr Evans", DAY);
    assertThat(evans.ambiguous()).isTrue();
    assertThat(evans.problem()).get().asString().startsWith("ambiguous: ");
  }
}
