package org.concerntracker.model;

/** How a view came to be credited to a person (see CONTRACT.md, {@code evidence.attribution}). */
public enum Attribution {
  /** A Hansard speaker's own words. */
  SPEAKER,
  /** A direct quotation attributed to the person. */
  QUOTE,
  /** Reported speech: "X warned that ...", "X raised concerns about ...". */
  REPORTED,
  /** The article's author, e.g. a member's op-ed. */
  AUTHOR;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Attribution fromCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
