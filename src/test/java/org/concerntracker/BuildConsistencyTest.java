package org.concerntracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/** The JVM options every Spark JVM needs are the same in Spark, the launchers and the test JVM. */
class BuildConsistencyTest {

  private static List<String> sparksOptions() {
    return List.of(JavaModuleOptions.defaultModuleOptions().split("\\s+"));
  }

  @Test
  void launchersPassSparksModuleOptions() throws Exception {
    List<String> launcher =
        Files.readAllLines(TestData.repo().resolve("jobs/jvm.options")).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    assertThat(launcher).containsExactlyInAnyOrderElementsOf(sparksOptions());
  }

  @Test
  void testJvmRunsWithSparksModuleOptions() {
    List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
    assertThat(args).containsAll(sparksOptions());
  }
}
