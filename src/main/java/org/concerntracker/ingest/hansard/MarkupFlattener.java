package org.concerntracker.ingest.hansard;

import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the content of one ParlParse element (a {@code <speech>}, {@code <ques>}, {@code <reply>}
 * or heading) into paragraphs. Block elements ({@code <p>}, table rows, list items, {@code <br>})
 * end paragraphs; inline markup ({@code <phrase class="date">}, {@code <i>}, {@code <b>}, {@code
 * <a>}, {@code <span>}) is dropped and its text kept; table cells are joined within their row.
 * Motion text ({@code <p pwmotiontext="yes">}) is a paragraph like any other.
 */
final class MarkupFlattener {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "tr",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "div",
          "br",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "caption",
          "pre");
  private static final Set<String> CELLS = Set.of("td", "th");

  private MarkupFlattener() {}

  /**
   * Reads from the {@code START_ELEMENT} the reader is on to its matching end, which it leaves the
   * reader on.
   */
  static TextBuilder read(XMLStreamReader xml) throws XMLStreamException {
    TextBuilder out = new TextBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          open(xml.getLocalName(), out);
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (BLOCKS.contains(xml.getLocalName())) {
            out.paragraphBreak();
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            out.text(xml.getText());
        default -> {}
      }
    }
    return out;
  }

  private static void open(String name, TextBuilder out) {
    if (BLOCKS.contains(name)) {
      out.paragraphBreak();
    } else if (CELLS.contains(name)) {
      out.cell();
    }
  }
}
