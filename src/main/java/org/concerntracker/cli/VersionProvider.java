package org.concerntracker.cli;

import org.concerntracker.Versions;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project's version and the libraries it was built with. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return Versions.all().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .toArray(String[]::new);
  }
}
