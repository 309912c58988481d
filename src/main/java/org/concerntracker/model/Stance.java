package org.concerntracker.model;

/**
 * A person's stance towards a platform in one sentence (see CONTRACT.md). Declared strongest first:
 * a person's stance in a document is the strongest of their evidence rows.
 */
public enum Stance {
  CONCERN,
  REASSURANCE,
  NEUTRAL;

  /** The value stored in {@code evidence.stance}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Stance fromCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }

  /** The stronger of two stances: concern, then reassurance, then neutral. */
  public static Stance strongest(Stance a, Stance b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
