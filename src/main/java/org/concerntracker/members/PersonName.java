package org.concerntracker.members;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One name a person is recorded under: an entry of {@code other_names} in parlparse's {@code
 * people.json}. A Commons name has given and family parts ({@code Iain} / {@code Duncan Smith}); a
 * peerage title has a prefix, a lord name and a territorial part ({@code Lord} / {@code Clarke} /
 * {@code Nottingham}). parlparse dates names that changed (marriage, knighthood, peerage); undated
 * names hold at every date.
 *
 * @param full the name as the registry writes it, or composed from its parts
 * @param given forenames, or null (peerage titles have none)
 * @param family surname, possibly several words ({@code Duncan Smith}), or null
 * @param prefix honorific or peerage prefix ({@code Dr}, {@code Sir}, {@code Lord}, {@code
 *     Baroness}), or null
 * @param lordName the peerage name ({@code Clarke} in "Lord Clarke of Nottingham"), or null
 * @param lordOfName the territorial designation ({@code Nottingham}), or null
 * @param start first day the name was used, or null if unknown
 * @param end last day the name was used, or null if open
 */
public record PersonName(
    String full,
    String given,
    String family,
    String prefix,
    String lordName,
    String lordOfName,
    LocalDate start,
    LocalDate end)
    implements Serializable {

  /** A plain undated name, split on its last word: "Diane Abbott" → Diane / Abbott. */
  public static PersonName of(String full) {
    String s = full.strip();
    int cut = s.lastIndexOf(' ');
    return new PersonName(
        s,
        cut < 0 ? null : s.substring(0, cut),
        cut < 0 ? s : s.substring(cut + 1),
        null,
        null,
        null,
        null,
        null);
  }

  /** True for a peerage title ("Lord Clarke of Nottingham", "The Earl of Courtown"). */
  public boolean isPeerage() {
    return lordName != null || lordOfName != null;
  }

  /** True if the name was in use on {@code date} (always, for undated names or dates). */
  public boolean usedOn(LocalDate date) {
    if (date == null) {
      return true;
    }
    return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
  }
}
