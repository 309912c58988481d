package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.concerntracker.ingest.Dates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date forms news pages and feeds use, as {@link Dates} reads them. */
class NewsDatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "2020-09-12T21:54:18+01:00 | 2020-09-12",
        "2021-12-07T13:19:53-05:00 | 2021-12-07",
        "2020-09-14-00-27-05 | 2020-09-14",
        "2022-02-08 17:22:00 | 2022-02-08",
        "Sat, 12 Sep 2020 20:54:18 GMT | 2020-09-12",
        "September 9, 2021  7:26 am | 2021-09-09",
        "September 8, 2021 -- 09:47 GMT (10:47 BST) | 2021-09-08",
        "Saturday 12 September 2020 21:54 BST | 2020-09-12",
        "Sat, 12 Sep 2020 | 2020-09-12",
        "12 Sept 2020 | 2020-09-12",
        "Published: 12 September 2020 | 2020-09-12",
        "Updated on 2020-09-13T08:00:00Z | 2020-09-13",
        "12th September 2020 | 2020-09-12",
        "14/09/2020 | 2020-09-14",
        "29/02/2024 | 2024-02-29",
        "31/02/2024 | -",
        "2024-02-31 | -",
        "31 February 2024 10:00 | -",
        "Tuesday 12 September 2020 | -",
        "yesterday | -",
        "'' | -",
      })
  void readsNewsDatesStrictly(String text, String expected) {
    assertThat(Dates.parse(text).map(Object::toString).orElse(null)).isEqualTo(expected);
  }
}
