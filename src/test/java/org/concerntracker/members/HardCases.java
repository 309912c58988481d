package org.concerntracker.members;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.concerntracker.model.Document;
import org.concerntracker.model.Source;

/** The hand-made registry {@code members/hard-cases.json} and speeches to resolve against it. */
final class HardCases {

  static final String P = "uk.org.publicwhip/person/";

  private HardCases() {}

  static MemberRegistry registry() {
    try (InputStream in = HardCases.class.getResourceAsStream("/members/hard-cases.json")) {
      return MemberRegistry.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A speech as a reader would give it, before resolution. */
  static Document speech(String speaker, String ref, String date, String house) {
    return speech(speaker, ref, null, date, house, null);
  }

  static Document speech(
      String speaker, String ref, String office, String date, String house, String party) {
    return new Document(
        "test/" + speaker + "/" + date,
        Source.HANSARD,
        date == null ? null : LocalDate.parse(date),
        "A debate",
        null,
        List.of(),
        "test#1",
        speaker,
        ref,
        office,
        null,
        party,
        house,
        null,
        "Text.",
        null);
  }
}
