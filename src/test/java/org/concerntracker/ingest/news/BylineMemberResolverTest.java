package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.concerntracker.TestData;
import org.concerntracker.members.MemberRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BylineMemberResolverTest {

  /** Fictional members: two share the name "Alex Shared" in 2020; Jane Example sits from 2015. */
  private static final String PEOPLE =
      """
      {"persons": [
        {"id": "uk.org.publicwhip/person/90001", "name": "Jane Example",
         "other_names": [{"name": "Jane Example"}]},
        {"id": "uk.org.publicwhip/person/90002", "name": "Alex Shared",
         "other_names": [{"name": "Alex Shared"}]},
        {"id": "uk.org.publicwhip/person/90003", "name": "Alex Shared",
         "other_names": [{"name": "Alex Shared"}]},
        {"id": "uk.org.publicwhip/person/90004", "name": "Sam Former",
         "other_names": [{"name": "Sam Former"}]}
      ],
      "memberships": [
        {"id": "m1", "person_id": "uk.org.publicwhip/person/90001", "start_date": "2015-05-07"},
        {"id": "m2", "person_id": "uk.org.publicwhip/person/90002", "start_date": "2017-06-08"},
        {"id": "m3", "person_id": "uk.org.publicwhip/person/90003", "start_date": "2019-12-12"},
        {"id": "m4", "person_id": "uk.org.publicwhip/person/90004", "start_date": "2005-05-05",
         "end_date": "2010-04-12"}
      ]}
      """;

  private static BylineMemberResolver resolver;

  @BeforeAll
  static void load() throws IOException {
    resolver =
        new BylineMemberResolver(
            MemberRegistry.load(new ByteArrayInputStream(PEOPLE.getBytes(StandardCharsets.UTF_8))));
  }

  private static final LocalDate DAY = LocalDate.of(2020, 9, 12);

  @Test
  void opEdHeadlineMakesTheMemberTheAuthor() {
    var r = resolver.resolve("JANE EXAMPLE: Our phones should answer to us", "Desk Reporter", DAY);

    assertThat(r.personId()).isEqualTo("uk.org.publicwhip/person/90001");
    assertThat(r.name()).isEqualTo("JANE EXAMPLE");
    assertThat(r.how()).isEqualTo("title-name-date");
  }

  @Test
  void bylineNamingAMemberMakesThemTheAuthor() {
    var r = resolver.resolve("Why apps need rules", "By Jane Example MP", DAY);

    assertThat(r.member()).contains("uk.org.publicwhip/person/90001");
    assertThat(r.how()).isEqualTo("byline-name-date");
  }

  @Test
  void coAuthoredBylineResolvesToItsOneMember() {
    var r = resolver.resolve("Why apps need rules", "Jane Example and Sam Reporter", DAY);

    assertThat(r.member()).contains("uk.org.publicwhip/person/90001");
  }

  @Test
  void nameTwoMembersShareStaysUnresolved() {
    var r = resolver.resolve("ALEX SHARED: A view", null, DAY);

    assertThat(r.member()).isEmpty();
    assertThat(r.how())
        .isEqualTo(
            "ambiguous: ALEX SHARED -> uk.org.publicwhip/person/90002,"
                + " uk.org.publicwhip/person/90003");
  }

  @Test
  void sameNameResolvesWhenOnlyOneOfThemSatAtTheDate() {
    var r = resolver.resolve("ALEX SHARED: A view", null, LocalDate.of(2018, 1, 1));

    assertThat(r.member()).contains("uk.org.publicwhip/person/90002");
  }

  @Test
  void formerMemberAndJournalistsAreNotMembersAtTheDate() {
    assertThat(resolver.resolve("SAM FORMER: Looking back", null, DAY).how())
        .isEqualTo("not a member: SAM FORMER");
    assertThat(resolver.resolve("Plain headline", "Sam Reporter", DAY).how())
        .isEqualTo("not a member: Sam Reporter");
    assertThat(resolver.resolve("Plain headline", null, DAY).how()).isEqualTo("no byline");
  }

  @Test
  void realOpEdTitlesResolveAgainstTheRealRegistry() throws IOException {
    MemberRegistry registry;
    try (InputStream in = Files.newInputStream(TestData.corpus("members/derived/people.json"))) {
      registry = MemberRegistry.load(in);
    }
    BylineMemberResolver real = new BylineMemberResolver(registry);

    assertThat(
            real.resolve(
                    "IAIN DUNCAN SMITH We can't have TikTok's HQ in Britain",
                    null,
                    LocalDate.of(2020, 3, 2))
                .member())
        .contains("uk.org.publicwhip/person/10180");
    assertThat(
            real.resolve(
                    "JEREMY HUNT Its crazy that six people can meet in a pub",
                    null,
                    LocalDate.of(2020, 9, 19))
                .member())
        .contains("uk.org.publicwhip/person/11859");
    assertThat(
            real.resolve(
                    "RICHARD LITTLEJOHN Government insists no hard border",
                    null,
                    LocalDate.of(2020, 9, 25))
                .member())
        .isEmpty();
  }
}
