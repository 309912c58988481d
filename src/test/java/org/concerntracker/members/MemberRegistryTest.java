package org.concerntracker.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concerntracker.members.HardCases.P;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberRegistryTest {

  private final MemberRegistry registry = HardCases.registry();

  @Test
  void readsPersonsNamesAndRedirects() {
    assertThat(registry.size()).isEqualTo(22);
    assertThat(registry.canonicalId(P + "1099")).isEqualTo(P + "1001");
    assertThat(registry.person(P + "1099").map(Person::name)).contains("Nigel Evans");
    Person coaker = registry.person(P + "1010").orElseThrow();
    assertThat(coaker.names()).containsExactly("Vernon Coaker", "Lord Coaker");
    PersonName lord = coaker.nameForms().get(1);
    assertThat(lord.isPeerage()).isTrue();
    assertThat(lord.lordName()).isEqualTo("Coaker");
    assertThat(lord.start()).isEqualTo(LocalDate.of(2020, 9, 15));
    assertThat(registry.name(P + "1012")).contains("Lord Clarke of Hampstead");
  }

  @Test
  void readsMembershipsWithHousesPartiesSeatsAndPartialDates() {
    Membership first = registry.memberships(P + "1006").get(0);
    assertThat(first.constituency()).isEqualTo("Fakeshire North");
    assertThat(first.house()).isEqualTo("commons");
    assertThat(first.party()).isEqualTo("Labour");
    assertThat(registry.memberships(P + "1012").get(0).start()).isEqualTo(LocalDate.of(1998, 1, 1));
    assertThat(registry.personForMembership("uk.org.publicwhip/lord/100900")).contains(P + "1010");
    assertThat(registry.sittingIn(P + "1010", LocalDate.of(2021, 1, 1), "lords")).isTrue();
    assertThat(registry.sittingIn(P + "1010", LocalDate.of(2021, 1, 1), "commons")).isFalse();
  }

  @Test
  void partyAtFallsBackToTheLatestBeforeButPartyOnDoesNot() {
    LocalDate after = LocalDate.of(2022, 1, 1);
    assertThat(registry.partyAt(P + "1017", after)).contains("Labour");
    assertThat(registry.partyOn(P + "1017", after)).isEmpty();
  }

  @Test
  void byNameFindsExactNamesSittingOnTheDate() {
    assertThat(registry.byName("John Smith", LocalDate.of(2000, 1, 1))).containsExactly(P + "1013");
    assertThat(registry.byName("Sir Iain Duncan Smith", LocalDate.of(2000, 1, 1)))
        .containsExactly(P + "1020");
  }

  @Test
  void candidatesListEveryFitWithScores() {
    NameMatches m = registry.candidates("Evans", LocalDate.of(2023, 3, 28));
    assertThat(m.ambiguous()).isTrue();
    assertThat(m.top()).hasSize(3).allMatch(c -> c.score() == NameCandidate.SURNAME);
    NameMatches luke = registry.candidates("Dr Luke Evans", LocalDate.of(2023, 3, 28));
    assertThat(luke.best().map(NameCandidate::personId)).contains(P + "1003");
    assertThat(luke.best().map(NameCandidate::score)).contains(NameCandidate.FULL);
    NameMatches tom = registry.candidates("Steve Pound", LocalDate.of(2009, 1, 1), "commons");
    assertThat(tom.best().map(NameCandidate::how)).contains("full name");
  }

  @Test
  void survivesJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(registry);
    }
    MemberRegistry copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (MemberRegistry) in.readObject();
    }
    assertThat(copy.size()).isEqualTo(registry.size());
    assertThat(copy.candidates("Nus Ghani", LocalDate.of(2020, 1, 1)).best()).isPresent();
  }

  @Test
  void rejectsAFileThatIsNotARegistry() {
    assertThatThrownBy(
            () ->
                MemberRegistry.load(
                    new ByteArrayInputStream("[1, 2]".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("persons");
  }
}
