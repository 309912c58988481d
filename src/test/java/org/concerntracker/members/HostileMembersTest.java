package org.concerntracker.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.concerntracker.TestData;
import org.concerntracker.cli.Main;
import org.concerntracker.ingest.HostileFixtures;
import org.concerntracker.ingest.HostileFixtures.MembersVariant;
import org.concerntracker.ingest.Inputs;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.model.Reject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The members file against every fault the generator applies to it. A file that cannot be used as a
 * whole (cut short, empty, binary, not UTF-8, an array or a number, nested too deep, corrupt
 * compression) stops {@code pipeline} before any work with exit status 2 and a one-line reason:
 * every document's speaker resolution depends on it, so a run without it would be wrong throughout.
 * Bad entries in a readable file (a person without an id, a membership without a person or with an
 * impossible date, a 3 MB name) are skipped, each with a rejects row of stage {@code members};
 * everyone else is loaded.
 */
class HostileMembersTest {

  @TempDir static Path root;
  static List<MembersVariant> variants;

  @BeforeAll
  static void generate() {
    variants = new HostileFixtures(root).members(TestData.sample("members/people.json"));
  }

  @TestFactory
  Stream<DynamicTest> everyMembersFault() {
    return variants.stream().map(v -> DynamicTest.dynamicTest(v.toString(), () -> check(v)));
  }

  static void check(MembersVariant v) throws Exception {
    if (v.unreadable()) {
      assertThatThrownBy(() -> load(v.file())).as(v.toString()).isInstanceOf(Exception.class);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status =
          Main.execute(
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              "pipeline",
              "--hansard",
              TestData.sample("hansard/lords2020-07-14.xml").toString(),
              "--members",
              v.file().toString(),
              "--out",
              root.resolve("never-written").toString());
      assertThat(status).as(v + ": exit status").isEqualTo(2);
      assertThat(err.toString().strip())
          .as(v + ": one line naming the file")
          .startsWith("ct pipeline: --members " + v.file() + ": unreadable: ")
          .doesNotContain("\n");
      assertThat(root.resolve("never-written")).doesNotExist();
      return;
    }
    MemberRegistry r = load(v.file());
    for (String id : v.persons()) {
      assertThat(r.person(id)).as(v + ": " + id + " kept").isPresent();
    }
    assertThat(r.problems())
        .as(v + ": rejects")
        .extracting(Reject::record)
        .containsExactlyInAnyOrderElementsOf(v.rejected());
    assertThat(r.problems())
        .allSatisfy(
            x -> {
              assertThat(x.input()).isEqualTo(v.file().toString());
              assertThat(x.stage()).isEqualTo("members");
              assertThat(x.reason()).isNotBlank();
            });
  }

  private static MemberRegistry load(Path file) throws Exception {
    try (InputStream in = Inputs.open(new LocalInputFile(file))) {
      return MemberRegistry.load(in, file.toString());
    }
  }
}
