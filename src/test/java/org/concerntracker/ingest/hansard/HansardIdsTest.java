package org.concerntracker.ingest.hansard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HansardIdsTest {

  @Test
  void recordIdsGiveDateAndHouse() {
    String id = "uk.org.publicwhip/westminhall/2009-10-28a.71.2";
    assertThat(HansardIds.dateOfId(id))
        .hasValueSatisfying(d -> assertThat(d).hasToString("2009-10-28"));
    assertThat(HansardIds.houseOfId(id)).contains("westminster-hall");
    assertThat(HansardIds.houseOfId("uk.org.publicwhip/wrans/2026-02-10.112103.q0"))
        .contains("written-answers");
    assertThat(HansardIds.dateOfId("uk.org.publicwhip/debate/2023-02-30a.1.1")).isEmpty();
  }

  @Test
  void theyWorkForYouFileNamesGiveDateAndHouse() {
    assertThat(HansardIds.houseOfFile("debates2023-03-28d.xml.gz")).contains("commons");
    assertThat(HansardIds.houseOfFile("daylord2023-03-28a.xml")).contains("lords");
    assertThat(HansardIds.houseOfFile("ministerial2023-03-28a.xml")).contains("written-statements");
    assertThat(HansardIds.houseOfFile("lordswrans2010-01-05a.xml")).contains("written-answers");
    assertThat(HansardIds.dateOfFile("answers2026-02-23.xml"))
        .hasValueSatisfying(d -> assertThat(d).hasToString("2026-02-23"));
    assertThat(HansardIds.dateOfFile("speeches.xml")).isEmpty();
  }
}
