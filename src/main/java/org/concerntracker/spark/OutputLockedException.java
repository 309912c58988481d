package org.concerntracker.spark;

/**
 * Another pipeline run is writing the same {@code --out}: this run stopped before doing any work.
 * The message names the run holding the output and is one line, for the command's error.
 */
public final class OutputLockedException extends IllegalStateException {

  OutputLockedException(String message) {
    super(message);
  }
}
