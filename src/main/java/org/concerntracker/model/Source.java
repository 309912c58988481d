package org.concerntracker.model;

/**
 * Where a document comes from; {@link #code()} is the value stored in every table's {@code source}.
 */
public enum Source {
  HANSARD("hansard"),
  NEWS("news");

  private final String code;

  Source(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Source fromCode(String code) {
    for (Source s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown source: " + code);
  }
}
