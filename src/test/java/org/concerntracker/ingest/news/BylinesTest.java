package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "IAIN DUNCAN SMITH: We can't have TikTok's HQ in Britain | IAIN DUNCAN SMITH",
        "IAIN DUNCAN SMITH We can't have TikTok's HQ in Britain | IAIN DUNCAN SMITH",
        "TOM TUGENDHAT MP Beijing wants to do with loans what tanks could not | TOM TUGENDHAT",
        "SIR IAIN DUNCAN SMITH MP: A warning | SIR IAIN DUNCAN SMITH",
        "JACOB REES-MOGG: Art and Parliament | JACOB REES-MOGG",
        "BORIS JOHNSON I will not resign | BORIS JOHNSON",
        "Children are back at school, writes DAVID BLUNKETT | DAVID BLUNKETT",
        "Iain Duncan Smith: We must act | -",
        "MORE towns go into lockdown - and is London next? | -",
        "BREAKING NEWS: Something happened | -",
        "UK AND US agree a deal | -",
        "BORIS JOHNSON FACES TORY REVOLT over curbs | -",
        "TikTok set for 8.5m users as Britons shrug off China fears | -",
        "BIOPASS RAT Uses Live Streaming Steal Victims' Data | -",
        "FBI: Use a Burner Phone at the Olympics | -",
        "COVID-19 UPDATE: New rules | -",
        "- | -",
      })
  void findsTheOpEdAuthorInAHeadline(String title, String author) {
    assertThat(Bylines.fromTitle(title).orElse(null)).isEqualTo(author);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "By Jane Smith | Jane Smith",
        "By IAIN DUNCAN SMITH FOR THE DAILY MAIL | IAIN DUNCAN SMITH",
        "Jane Smith, Political Editor | Jane Smith",
        "Jane Smith, political editor | Jane Smith",
        "by  Jo\u00a0Writer | Jo Writer",
        "https://www.facebook.com/someone | -",
        "'   ' | -",
      })
  void cleansBylines(String byline, String name) {
    assertThat(Bylines.clean(byline)).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "IAIN DUNCAN SMITH: We can't | Desk Reporter | IAIN DUNCAN SMITH",
        "Ordinary headline | By Desk Reporter | Desk Reporter",
        "TOM TUGENDHAT MP Beijing wants | - | TOM TUGENDHAT",
        "BIOPASS SPY Uses Live Streaming | Becky Bracken | Becky Bracken",
        "Ordinary headline | - | -",
      })
  void markedHeadlinesWinOverBylinesAndBylinesOverUnmarkedOnes(
      String title, String byline, String speaker) {
    assertThat(Bylines.speaker(title, byline)).isEqualTo(speaker);
  }

  @org.junit.jupiter.api.Test
  void splitsBylinesNamingSeveralPeople() {
    assertThat(Bylines.names("By Jane Smith and John Doe"))
        .containsExactly("Jane Smith", "John Doe");
    assertThat(Bylines.names("A One, B Two & C Three"))
        .containsExactly("A One", "B Two", "C Three");
    assertThat(Bylines.names(null)).isEmpty();
  }
}
