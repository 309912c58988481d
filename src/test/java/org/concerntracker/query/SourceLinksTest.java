package org.concerntracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLinksTest {

  @Test
  void hansardIdsLinkToTheirTheyWorkForYouPage() {
    assertThat(SourceLinks.url("uk.org.publicwhip/debate/2023-03-16c.1053.1", null))
        .isEqualTo("https://www.theyworkforyou.com/debates/?id=2023-03-16c.1053.1");
    assertThat(SourceLinks.url("uk.org.publicwhip/westminhall/2022-11-24a.151.1", ""))
        .isEqualTo("https://www.theyworkforyou.com/whall/?id=2022-11-24a.151.1");
    assertThat(SourceLinks.url("uk.org.publicwhip/lords/2020-07-14.412.3", null))
        .isEqualTo("https://www.theyworkforyou.com/lords/?id=2020-07-14.412.3");
    assertThat(SourceLinks.url("uk.org.publicwhip/wrans/2023-03-20.171234.h", null))
        .isEqualTo("https://www.theyworkforyou.com/wrans/?id=2023-03-20.171234.h");
  }

  @Test
  void aDocumentsOwnUrlComesFirst() {
    assertThat(SourceLinks.url("uk.org.publicwhip/debate/2023-03-16c.1053.1", " https://x.org/a "))
        .isEqualTo("https://x.org/a");
  }

  @Test
  void otherIdsHaveNoLink() {
    assertThat(SourceLinks.url("sample-news-002", null)).isNull();
    assertThat(SourceLinks.url("ParlaMint-GB_2020-07-14-lords.u12", null)).isNull();
    assertThat(SourceLinks.url("uk.org.publicwhip/person/25906", null)).isNull();
    assertThat(SourceLinks.url(null, null)).isNull();
  }
}
