package vn.gov.hoso.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Looks into the engine's own tables, for what must never be there (passwords, activation tokens). */
@TestComponent
public class EngineTables {

  private final JdbcTemplate jdbc;

  public EngineTables(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Occurrences of a text in the runtime and history variable tables (text values and byte arrays). */
  public int mentionsOf(String secret) {
    int count = 0;
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      count += jdbc.queryForObject("select count(*) from " + table + " where TEXT_ like ? or TEXT2_ like ?",
          Integer.class, "%" + secret + "%", "%" + secret + "%");
    }
    for (byte[] b : jdbc.queryForList("select BYTES_ from ACT_GE_BYTEARRAY where BYTES_ is not null", byte[].class)) {
      if (new String(b, StandardCharsets.UTF_8).contains(secret)) {
        count++;
      }
    }
    return count;
  }
}
