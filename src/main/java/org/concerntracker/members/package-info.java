/**
 * Members of Parliament and peers: the registry read from parlparse-style Popolo JSON ({@link
 * org.concerntracker.members.MemberRegistry}), printed names taken apart ({@link
 * org.concerntracker.members.PrintedName}), scored look-up by name and date ({@link
 * org.concerntracker.members.MemberRegistry#candidates(String, java.time.LocalDate)}), and the
 * resolution of a Hansard speech's speaker ({@link org.concerntracker.members.SpeakerResolver}).
 * Plain Java, immutable and serialisable so Spark can broadcast the registry.
 */
package org.concerntracker.members;
