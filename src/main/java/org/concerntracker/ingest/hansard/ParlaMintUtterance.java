package org.concerntracker.ingest.hansard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.concerntracker.model.Source;

/**
 * Turns one ParlaMint {@code <u xml:id who ana>} into a document: each {@code <seg>} a paragraph;
 * transcribers' {@code <note>}, {@code <gap>}, {@code <vocal>}, {@code <kinesic>} and {@code
 * <incident>} left out (they are not speech); in {@code .ana.xml} files the {@code <w>}/{@code
 * <pc>} tokens are rejoined, no space after a token marked {@code join="right"}.
 *
 * <p>{@code docId} is the {@code xml:id}; {@code speakerRef} the {@code who} ({@code
 * #LindsayHoyle}); {@code speaker} the metadata's {@code Speaker_name} in natural order ("Lindsay
 * Harvey Hoyle"); {@code party} its {@code Speaker_party_name}; {@code speakerOffice} "Chairperson"
 * for the chair ({@code ana="#chair"}).
 */
final class ParlaMintUtterance {

  private static final Set<String> NOT_SPOKEN =
      Set.of("note", "gap", "vocal", "kinesic", "incident", "desc", "pause", "shift");
  private static final Set<String> TOKENS = Set.of("w", "pc");

  private final InputFile input;
  private final ParlaMintReader.Sitting sitting;

  ParlaMintUtterance(InputFile input, ParlaMintReader.Sitting sitting) {
    this.input = input;
    this.sitting = sitting;
  }

  /** Reads the {@code <u>} the reader is on, to its end; a document or a reject goes to sink. */
  void read(XMLStreamReader xml, String title, Set<String> seen, RecordSink sink)
      throws XMLStreamException {
    String id = xml.getAttributeValue(ParlaMintReader.XML_NS, "id");
    String who = xml.getAttributeValue(null, "who");
    String ana = xml.getAttributeValue(null, "ana");
    String text = text(xml);
    if (id == null || id.isBlank()) {
      sink.reject(
          new Reject(input.path(), null, ParlParseReader.STAGE, "<u> without xml:id", text));
      return;
    }
    if (!seen.add(id)) {
      sink.reject(
          new Reject(input.path(), id, ParlParseReader.STAGE, "duplicate utterance id", text));
      return;
    }
    if (text.isBlank()) {
      sink.reject(new Reject(input.path(), id, ParlParseReader.STAGE, "<u> has no text", null));
      return;
    }
    Optional<LocalDate> date = sitting.date(id, sink);
    ParlaMintMeta meta = sitting.meta;
    String speaker = meta.get(id, "Speaker_name").map(ParlaMintMeta::naturalOrder).orElse(null);
    boolean chair =
        (ana != null && ana.contains("#chair"))
            || meta.get(id, "Speaker_role").filter("Chairperson"::equals).isPresent();
    sink.document(
        new Document(
            id,
            Source.HANSARD,
            date.orElse(null),
            title,
            sitting.url(),
            sitting.url() == null ? List.of() : List.of(sitting.url()),
            input.path() + "#" + id,
            speaker,
            who == null || who.isBlank() ? null : who.strip(),
            chair ? "Chairperson" : null,
            null,
            meta.get(id, "Speaker_party_name").orElse(null),
            sitting.house(id),
            null,
            text,
            null));
  }

  private static String text(XMLStreamReader xml) throws XMLStreamException {
    TextBuilder out = new TextBuilder();
    int depth = 1;
    int skipping = 0;
    boolean afterToken = false;
    boolean joinRight = false;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = xml.getLocalName();
        if (skipping > 0 || NOT_SPOKEN.contains(name)) {
          skipping++;
        } else if (name.equals("seg")) {
          out.paragraphBreak();
        } else if (TOKENS.contains(name)) {
          joinRight = "right".equals(xml.getAttributeValue(null, "join"));
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        String name = xml.getLocalName();
        if (skipping > 0) {
          skipping--;
        } else if (name.equals("seg")) {
          out.paragraphBreak();
          afterToken = false;
        } else if (TOKENS.contains(name)) {
          out.text(joinRight ? "" : " ");
          afterToken = true;
        }
      } else if (skipping == 0
          && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
        String t = xml.getText();
        if (!(afterToken && t.isBlank())) {
          out.text(t);
          afterToken = false;
        }
      }
    }
    return out.joined();
  }
}
