package org.concerntracker.ingest;

/** Which command-line option an input came from: {@code --hansard} or {@code --news}. */
public enum InputKind {
  HANSARD,
  NEWS
}
