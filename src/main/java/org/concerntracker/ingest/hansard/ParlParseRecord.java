package org.concerntracker.ingest.hansard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.concerntracker.model.Source;

/**
 * Turns one ParlParse {@code <speech>}, {@code <ques>} or {@code <reply>} into a document.
 *
 * <ul>
 *   <li>{@code docId}: the record's id; {@code origin}: {@code <file>#<id>}.
 *   <li>{@code speaker}: {@code speakername} as printed, if any (procedural text has none). {@code
 *       speakerRef}: {@code person_id}, else the legacy {@code speakerid} (legacy files write
 *       {@code speakerid="unknown"} for "Several hon. Members": no ref).
 *   <li>{@code speakerOffice}: {@code speakeroffice}; for a speech printed only as "The Chairman"
 *       while a heading has said "[Mr. Joe Benton in the Chair]", "The Chairman (Mr. Joe Benton)".
 *   <li>{@code date}: from the id; but a {@code <reply>} takes the file's date when it has one,
 *       because written-answer ids carry the date the question was tabled ({@code
 *       uk.org.publicwhip/wrans/2026-02-10.112103.r0} in {@code answers2026-02-23.xml}).
 *   <li>{@code house}: from the id's kind ({@code debate}, {@code westminhall}, {@code lords},
 *       {@code wrans}, {@code wms}), else from the file name.
 * </ul>
 */
final class ParlParseRecord {

  private static final Pattern CHAIRMAN =
      Pattern.compile(
          "(?i)^(the|mr\\.?|madam|madame)?\\s*(temporary\\s+|first\\s+deputy\\s+|second\\s+deputy\\s+"
              + "|deputy\\s+)?chair(man|woman|person)?\\b.*");

  private final InputFile input;
  private final Optional<LocalDate> fileDate;
  private final Optional<String> fileHouse;

  ParlParseRecord(InputFile input) {
    this.input = input;
    this.fileDate = HansardIds.dateOfFile(input.name());
    this.fileHouse = HansardIds.houseOfFile(input.name());
  }

  /**
   * Reads the record the reader is on (leaving it on the record's end) and passes a document or a
   * reject to the sink; true if it was a document.
   */
  boolean read(
      String element, XMLStreamReader xml, Headings headings, Set<String> seen, RecordSink sink)
      throws XMLStreamException {
    int line = xml.getLocation().getLineNumber();
    String id = emptyToNull(xml.getAttributeValue(null, "id"));
    String name = emptyToNull(xml.getAttributeValue(null, "speakername"));
    String ref = emptyToNull(xml.getAttributeValue(null, "person_id"));
    if (ref == null) {
      ref = emptyToNull(xml.getAttributeValue(null, "speakerid"));
    }
    if ("unknown".equals(ref)) {
      ref = null;
    }
    String office = emptyToNull(xml.getAttributeValue(null, "speakeroffice"));
    String url = emptyToNull(xml.getAttributeValue(null, "url"));
    List<String> paragraphs = MarkupFlattener.read(xml).paragraphs();
    String text = String.join(Document.PARAGRAPH_BREAK, paragraphs);
    if (id == null) {
      return reject("line " + line, "<" + element + "> without an id", text, sink);
    }
    if (!seen.add(id)) {
      return reject(id, "duplicate id: a record with this id came earlier in the file", text, sink);
    }
    if (text.isBlank()) {
      return reject(id, "<" + element + "> has no text", null, sink);
    }
    LocalDate date = date(element, id, sink);
    if (name == null && paragraphs.size() == 1) {
      headings.noteChair(paragraphs.get(0)); // "[Madam Deputy Speaker in the Chair]"
    }
    // nospeaker="true" marks procedural text, but "Several hon. Members" (2023-03-28d.846.0) is
    // printed with it too: the printed name is kept whenever there is one.
    String speaker = name;
    if (office == null
        && ref == null
        && speaker != null
        && !speaker.contains("(")
        && CHAIRMAN.matcher(speaker).matches()) {
      office = headings.chair().map(c -> speaker + " (" + c + ")").orElse(null);
    }
    sink.document(
        new Document(
            id,
            Source.HANSARD,
            date,
            headings.title(),
            url,
            url == null ? List.of() : List.of(url),
            input.path() + "#" + id,
            speaker,
            ref,
            office,
            null,
            null,
            HansardIds.houseOfId(id).or(() -> fileHouse).orElse(null),
            null,
            text,
            null));
    return true;
  }

  /**
   * The record's date: from its id (a {@code <reply>}: the file's first), else the file name's. A
   * record with no readable date is kept with none (it stays out of monthly tables), and a reject
   * row says so: a Hansard record always carries a date, so its absence is a fault.
   */
  private LocalDate date(String element, String id, RecordSink sink) {
    if (element.equals("reply") && fileDate.isPresent()) {
      return fileDate.get();
    }
    Optional<LocalDate> fromId = HansardIds.dateOfId(id);
    if (fromId.isPresent()) {
      return fromId.get();
    }
    Optional<String> badId = HansardIds.rawDateOfId(id);
    if (badId.isPresent()) {
      sink.reject(
          new Reject(
              input.path(),
              id,
              ParlParseReader.STAGE,
              "unreadable date '"
                  + badId.get()
                  + "' in the record id: "
                  + (fileDate.isPresent() ? "the file name's date is used" : "kept without a date"),
              null));
      return fileDate.orElse(null);
    }
    if (fileDate.isPresent()) {
      return fileDate.get();
    }
    Optional<String> badFile = HansardIds.rawDateOfFile(input.name());
    sink.reject(
        new Reject(
            input.path(),
            id,
            ParlParseReader.STAGE,
            badFile.isPresent()
                ? "no date in the record id and an unreadable one in the file name ('"
                    + badFile.get()
                    + "'): kept without a date"
                : "no date in the record id or the file name: kept without a date",
            null));
    return null;
  }

  private boolean reject(String id, String reason, String text, RecordSink sink) {
    sink.reject(new Reject(input.path(), id, ParlParseReader.STAGE, reason, text));
    return false;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
