package org.concerntracker.model;

import java.io.Serializable;
import java.util.List;

/**
 * A technology platform of the catalogue.
 *
 * @param name the canonical name every table uses ("TikTok")
 * @param aliases other names that mean it ("Tik Tok", "ByteDance", "Douyin"); matched like the name
 * @param owner the owning company, for display ("ByteDance")
 * @param caseSensitiveAliases names matched only with this exact capitalisation, because in lower
 *     case they are ordinary words ("Zoom", "Meta", "Telegram")
 */
public record Platform(
    String name, List<String> aliases, String owner, List<String> caseSensitiveAliases)
    implements Serializable {

  public Platform {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    caseSensitiveAliases =
        caseSensitiveAliases == null ? List.of() : List.copyOf(caseSensitiveAliases);
  }
}
