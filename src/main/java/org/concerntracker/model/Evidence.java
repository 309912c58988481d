package org.concerntracker.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One judgement: in this sentence, this person holds this stance towards this platform. A row of
 * the {@code evidence} table.
 *
 * @param evidenceId a stable id derived from (doc, sentence, person, platform): the same input
 *     gives the same id in every run
 * @param docId the document
 * @param source hansard or news
 * @param date the document's date (may be null)
 * @param personId the holder's parlparse person id, if known
 * @param name the holder's name (registry name when linked, else as printed)
 * @param party the holder's party at {@code date}, if known
 * @param platform the canonical platform
 * @param stance concern, reassurance or neutral
 * @param attribution how the view was credited to the holder
 * @param confidence 0..1, higher is surer; comparable across rows for sorting
 * @param sentence the sentence that proves it, as written
 * @param cues what decided the stance (lexicon entries, patterns, attribution cues)
 * @param sentenceIndex the sentence's index in the document
 * @param url where the document can be read
 */
public record Evidence(
    String evidenceId,
    String docId,
    Source source,
    LocalDate date,
    String personId,
    String name,
    String party,
    String platform,
    Stance stance,
    Attribution attribution,
    double confidence,
    String sentence,
    List<String> cues,
    int sentenceIndex,
    String url)
    implements Serializable {

  public Evidence {
    cues = cues == null ? List.of() : List.copyOf(cues);
  }
}
