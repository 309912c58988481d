package org.concerntracker.spark;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks where a pipeline run has got to: each mark is one log line ({@code ct step: <name>}), so an
 * operator (or a test watching the process) can see which step a run is in.
 *
 * <p>For crash tests, {@code -Dct.pauseAt=<name>} makes the run stop at that mark (it logs {@code
 * ct paused at <name>} and sleeps) so that the test can kill it with SIGKILL at exactly that point.
 * Marks inside Spark tasks pause the task, which in local mode is the same JVM. Without the
 * property a mark costs one log call.
 *
 * <p>The marks: {@code write:<table>} before each table is written, {@code ingest} when the first
 * file is read and {@code annotate} when the first document is analysed (Spark runs both lazily,
 * inside the writing of {@code documents} and {@code mentions}), {@code commit} when every table is
 * written and the link not yet replaced, {@code published} when it is replaced and old versions not
 * yet removed.
 */
final class Steps {

  private static final Logger LOG = LoggerFactory.getLogger(Steps.class);
  private static final String PAUSE_AT = "ct.pauseAt";
  private static final java.util.Set<String> SEEN =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Steps() {}

  /**
   * A mark made by many tasks (one per file, per partition): logged once per JVM, but a pause asked
   * for it still stops the first task that reaches it in any run.
   */
  static void markOnce(String step) {
    if (SEEN.add(step)) {
      LOG.info("ct step: {}", step);
    }
    pauseIfAsked(step);
  }

  static void mark(String step) {
    LOG.info("ct step: {}", step);
    pauseIfAsked(step);
  }

  private static void pauseIfAsked(String step) {
    if (step.equals(System.getProperty(PAUSE_AT))) {
      LOG.warn("ct paused at {} ({})", step, PAUSE_AT);
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
