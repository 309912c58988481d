package org.concerntracker.ingest.hansard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerntracker.ingest.Inputs;

/**
 * The date and house of a ParlParse record, from its own id ({@code
 * uk.org.publicwhip/westminhall/2009-10-28a.71.2} is Westminster Hall on 2009-10-28) or, failing
 * that, from the file name as TheyWorkForYou's {@code scrapedxml/} names them ({@code
 * debates2023-03-28d.xml}, {@code westminster2009-10-28a.xml}, {@code daylord2023-03-28a.xml},
 * {@code answers2026-02-23.xml}, {@code ministerial2023-03-28a.xml}, {@code lordswms...}). Nothing
 * is guessed: a record whose id and file name carry no date has none.
 */
final class HansardIds {

  private static final Pattern ID =
      Pattern.compile("^uk\\.org\\.publicwhip/([a-z]+)/(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern FILE =
      Pattern.compile("^([a-z-]+?)(\\d{4}-\\d{2}-\\d{2})[a-z]?\\.xml$");

  private HansardIds() {}

  /** The date in a record id, if it has a valid one. */
  static Optional<LocalDate> dateOfId(String id) {
    Matcher m = ID.matcher(id == null ? "" : id);
    return m.find() ? date(m.group(2)) : Optional.empty();
  }

  /** The date-shaped part of a record id, readable or not ({@code 2024-02-31}), if it has one. */
  static Optional<String> rawDateOfId(String id) {
    Matcher m = ID.matcher(id == null ? "" : id);
    return m.find() ? Optional.of(m.group(2)) : Optional.empty();
  }

  /** The date-shaped part of a ParlParse file name, readable or not, if it has one. */
  static Optional<String> rawDateOfFile(String fileName) {
    Matcher m = FILE.matcher(Inputs.logicalName(fileName));
    return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
  }

  /** The house a record id names ({@code debate} → commons, {@code wrans} → written-answers). */
  static Optional<String> houseOfId(String id) {
    Matcher m = ID.matcher(id == null ? "" : id);
    return m.find() ? Optional.of(house(m.group(1))) : Optional.empty();
  }

  /** The date in a ParlParse file name ({@code debates2023-03-28d.xml.gz} → 2023-03-28). */
  static Optional<LocalDate> dateOfFile(String fileName) {
    Matcher m = FILE.matcher(Inputs.logicalName(fileName));
    return m.matches() ? date(m.group(2)) : Optional.empty();
  }

  /** The house a ParlParse file name implies ({@code westminster} → westminster-hall). */
  static Optional<String> houseOfFile(String fileName) {
    Matcher m = FILE.matcher(Inputs.logicalName(fileName));
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (m.group(1)) {
          case "debates" -> "commons";
          case "westminster", "westminhall" -> "westminster-hall";
          case "lords", "daylord" -> "lords";
          case "answers", "wrans", "lordswrans" -> "written-answers";
          case "wms", "ministerial", "lordswms" -> "written-statements";
          case "sp", "sp-debates" -> "scottish-parliament";
          case "ni" -> "northern-ireland-assembly";
          case "standing" -> "public-bill-committee";
          default -> null;
        });
  }

  private static String house(String kind) {
    return switch (kind) {
      case "debate" -> "commons";
      case "westminhall" -> "westminster-hall";
      case "lords" -> "lords";
      case "wrans" -> "written-answers";
      case "wms" -> "written-statements";
      case "spor" -> "scottish-parliament";
      case "spwa" -> "scottish-written-answers";
      case "ni" -> "northern-ireland-assembly";
      case "standing" -> "public-bill-committee";
      default -> kind;
    };
  }

  private static Optional<LocalDate> date(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
