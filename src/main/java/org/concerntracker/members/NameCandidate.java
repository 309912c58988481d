package org.concerntracker.members;

import java.io.Serializable;

/**
 * One member a printed name may refer to, with how well it fits.
 *
 * @param personId the parlparse person id
 * @param name the registry's name for the person
 * @param score how well the printed name fits, from {@link #SURNAME} (50) to {@link #FULL} (100)
 * @param how which rule matched ("full name", "short form", "surname only", ...)
 */
public record NameCandidate(String personId, String name, int score, String how)
    implements Serializable {

  /** Every forename and the surname as recorded, or constituency and name together. */
  public static final int FULL = 100;

  /** The first forename and the surname; middle names absent or extra. */
  public static final int FIRST_NAME = 90;

  /** A peerage title missing its territorial part, or the other way round. */
  public static final int PARTIAL_TITLE = 85;

  /** A short or variant forename: Steve/Stephen, Bob/Robert, Nus/Nusrat. */
  public static final int SHORT_FORM = 80;

  /** A later forename is the one the person goes by: ParlaMint's "Touhig, James Donnelly". */
  public static final int OTHER_FORENAME = 75;

  /** An initial and the surname: "J. Smith". */
  public static final int INITIAL = 70;

  /** Title and surname only: "Mr Robertson". */
  public static final int SURNAME = 50;

  /**
   * Added (up to {@link #FULL}) when a distinctive printed title agrees with the recorded one: "Dr
   * Evans" fits Dr Luke Evans better than Nigel Evans.
   */
  public static final int TITLE_BONUS = 5;
}
