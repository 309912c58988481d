package org.concerntracker.members;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One period a person held a seat (or a party label) in a house.
 *
 * @param id the registry's membership id ({@code uk.org.publicwhip/member/N} in parlparse)
 * @param personId the person
 * @param party the party's name ("Conservative"), or null if the registry gives none
 * @param constituency the seat's name, or null (peers, or unknown)
 * @param house {@code commons}, {@code lords}, ... (from the membership's organization or post)
 * @param start first day, or null if unknown
 * @param end last day, or null if open
 */
public record Membership(
    String id,
    String personId,
    String party,
    String constituency,
    String house,
    LocalDate start,
    LocalDate end)
    implements Serializable {

  /**
   * True if the membership covers {@code date} (an unknown date is covered by every membership).
   */
  public boolean covers(LocalDate date) {
    if (date == null) {
      return true;
    }
    return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
  }
}
