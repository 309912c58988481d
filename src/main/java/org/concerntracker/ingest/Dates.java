package org.concerntracker.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates news and Hansard inputs carry: ISO dates and date-times (with or without zone),
 * RFC 1123 ({@code Tue, 3 Jun 2008 11:05:30 GMT}), {@code 2020-09-14-00-27-05}, {@code 14/09/2020}
 * (day first, as in British sources) and {@code 14 September 2020}. Impossible dates ({@code
 * 31/02/2024}) are not parsed: strict resolution, never rolled over to another day.
 *
 * <p>News pages add a time, a zone or a label to the written-out forms: {@code September 9, 2021
 * 7:26 am}, {@code Sat, 12 Sep 2020 21:54 BST}, {@code Published: 12 September 2020}. The date at
 * the head of such a text is read (after a {@code Published}/{@code Updated}/{@code Posted} label)
 * and the rest ignored; a weekday that contradicts the date makes the text unreadable.
 */
public final class Dates {

  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DMY = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})$");
  private static final List<DateTimeFormatter> WORDY =
      List.of(
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEE, d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEE, MMM d, uuuu", Locale.ENGLISH));
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?i:(?:first\\s+)?published(?:\\s+on)?|last\\s+updated(?:\\s+on)?|updated(?:\\s+on)?"
              + "|posted(?:\\s+on)?|date)\\s*:?\\s*");

  /** Written-out dates have at most five words ("Saturday, 12 September 2020" has four). */
  private static final int MAX_DATE_WORDS = 5;

  private Dates() {}

  /** The calendar date the text names, or empty if it names none (or an impossible one). */
  public static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = LABEL.matcher(text.strip()).replaceFirst("");
    Matcher iso = ISO_PREFIX.matcher(t);
    if (iso.find()) {
      return of(
          Integer.parseInt(iso.group(1)),
          Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)));
    }
    Matcher dmy = DMY.matcher(t);
    if (dmy.matches()) {
      return of(
          Integer.parseInt(dmy.group(3)),
          Integer.parseInt(dmy.group(2)),
          Integer.parseInt(dmy.group(1)));
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      // not RFC 1123; try the next form
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toLocalDate());
    } catch (DateTimeParseException e) {
      // not an offset date-time either
    }
    String words =
        t.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1")
            .replaceAll("\\bSept\\b", "Sep")
            .replaceAll("\\s+", " ")
            .strip();
    Optional<LocalDate> whole = wordy(words);
    if (whole.isPresent()) {
      return whole;
    }
    // The date at the head of a longer text: "September 9, 2021 7:26 am", "12 Sep 2020 21:54 BST".
    String[] w = words.split(" ");
    for (int n = Math.min(MAX_DATE_WORDS, w.length - 1); n >= 3; n--) {
      String head = String.join(" ", Arrays.copyOf(w, n)).replaceAll("[,;|-]+$", "");
      Optional<LocalDate> d = wordy(head);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> wordy(String words) {
    for (DateTimeFormatter f : WORDY) {
      try {
        return Optional.of(LocalDate.parse(words, f.withResolverStyle(ResolverStyle.STRICT)));
      } catch (DateTimeParseException e) {
        // try the next pattern
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
