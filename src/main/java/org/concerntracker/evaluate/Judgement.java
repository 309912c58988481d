package org.concerntracker.evaluate;

/**
 * A scored judgement: in this document, this person holds this stance towards this platform.
 *
 * @param sentence the sentence behind a produced judgement (null for gold lines)
 */
public record Judgement(
    String docId,
    String personId,
    String platform,
    String stance,
    boolean optional,
    String sentence) {

  /** The identity scoring compares. */
  public String key() {
    return docId + "\u0000" + personId + "\u0000" + platform + "\u0000" + stance;
  }

  /** True for the stances the score counts. */
  public boolean scored() {
    return stance.equals("concern") || stance.equals("reassurance");
  }
}
