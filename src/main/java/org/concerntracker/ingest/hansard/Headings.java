package org.concerntracker.ingest.hansard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings in force at a point of a ParlParse file, giving each speech its title ("major —
 * minor"), and the chair's occupant when the file names them.
 *
 * <p>Westminster Hall headings carry the chair in brackets: {@code
 * uk.org.publicwhip/westminhall/2009-10-28a.71.0} reads "[Mr. Joe Benton in the Chair] — Death
 * Penalty (Global Abolition)". The bracket is taken out of the title and remembered until the next
 * one; the Commons prints the same note as a procedural paragraph ("[Dame Rosie Winterton in the
 * Chair]"), which {@link #chairNote(String)} also recognises.
 */
final class Headings {

  static final String SEPARATOR = " — ";

  private static final Pattern CHAIR_NOTE =
      Pattern.compile("\\[\\s*([^\\[\\]]+?)\\s+in\\s+the\\s+chair\\s*]", Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_ONLY =
      Pattern.compile(
          "(?i)^(the|mr\\.?|madam)?\\s*(deputy\\s+)?(speaker|chair(man|woman)?)(\\s+of\\s+.*)?$");
  private static final Pattern DASHES = Pattern.compile("^[\\s—–-]+|[\\s—–-]+$");

  private String major;
  private String minor;
  private String chair;

  void major(String text) {
    String t = title(text);
    if (t != null || chairNote(text).isEmpty()) {
      major = t;
      minor = null;
    }
  }

  void minor(String text) {
    String t = title(text);
    if (t != null || chairNote(text).isEmpty()) {
      minor = t;
    }
  }

  /** "major — minor", either alone if the other is missing, or null before any heading. */
  String title() {
    if (major == null) {
      return minor;
    }
    return minor == null ? major : major + SEPARATOR + minor;
  }

  /** Who the file last said was in the chair ("Mr. Joe Benton"), if it said. */
  Optional<String> chair() {
    return Optional.ofNullable(chair);
  }

  /** Notes the occupant if {@code text} is a chair note; true if it was one. */
  boolean noteChair(String text) {
    Optional<String> who = chairNote(text);
    // "[Mr. Speaker in the Chair]" names an office, not a person: the occupant is then unknown.
    who.ifPresent(w -> chair = TITLE_ONLY.matcher(w).matches() ? null : w);
    return who.isPresent();
  }

  /** The name in an "[X in the Chair]" note, if the text holds one. */
  static Optional<String> chairNote(String text) {
    Matcher m = CHAIR_NOTE.matcher(text == null ? "" : text);
    return m.find() ? Optional.of(TextBuilder.clean(m.group(1))) : Optional.empty();
  }

  private String title(String text) {
    noteChair(text);
    String t = TextBuilder.clean(CHAIR_NOTE.matcher(text).replaceAll(" "));
    t = DASHES.matcher(t).replaceAll("");
    return t.isEmpty() ? null : t;
  }
}
