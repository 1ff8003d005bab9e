package vn.gov.hoso.crypto.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.hoso.crypto.CryptoProperties;
import vn.gov.hoso.crypto.Envelope;

/**
 * The keys: those of {@code hoso.crypto.keys}, plus those of the key file. When neither holds a key and a key file is
 * configured (the zero-setup default), a fresh random key is generated into it (owner-only permissions where the file
 * system has them). The active key is {@code hoso.crypto.active-key}, or the key file's {@code active} entry.
 */
public final class KeyRing {

  private static final Logger LOG = LoggerFactory.getLogger(KeyRing.class);
  static final String ACTIVE = "active";

  private final Map<String, SecretKey> keys;
  private final String activeKeyId;

  public KeyRing(CryptoProperties properties, SecureRandom random) {
    Map<String, SecretKey> all = new LinkedHashMap<>();
    String fileActive = null;
    Path file = properties.keyFile() == null ? null : Path.of(properties.keyFile());
    if (file != null && !properties.hasConfiguredKeys() && Files.notExists(file)) {
      generate(file, random);
    }
    if (file != null && Files.exists(file)) {
      Properties stored = load(file);
      fileActive = stored.getProperty(ACTIVE);
      for (String id : stored.stringPropertyNames()) {
        if (!ACTIVE.equals(id)) {
          all.put(id, key(id, stored.getProperty(id), file.toString()));
        }
      }
    }
    properties.keys().forEach((id, value) -> all.put(id, key(id, value, "hoso.crypto.keys")));
    String active = properties.activeKey() != null ? properties.activeKey() : fileActive;
    if (active == null || all.isEmpty()) {
      throw new IllegalStateException("no encryption key: set hoso.crypto.keys.<id> (HOSO_CRYPTO_KEYS_<ID>, 32 bytes in"
          + " base64) and hoso.crypto.active-key (HOSO_CRYPTO_ACTIVE_KEY)");
    }
    if (!all.containsKey(active)) {
      throw new IllegalStateException("hoso.crypto.active-key '" + active + "' is not among the configured keys");
    }
    this.keys = Map.copyOf(all);
    this.activeKeyId = active;
    LOG.info("Encryption at rest: {} key(s), active key {}", keys.size(), activeKeyId);
  }

  public String activeKeyId() {
    return activeKeyId;
  }

  public SecretKey active() {
    return keys.get(activeKeyId);
  }

  public Optional<SecretKey> key(String id) {
    return Optional.ofNullable(keys.get(id));
  }

  private static SecretKey key(String id, @Nullable String base64, String source) {
    if (!CryptoProperties.KEY_ID.matcher(id).matches()) {
      throw new IllegalStateException(source + ": key id '" + id + "' is not [a-z0-9-], 1-32 characters");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(source + ": key '" + id + "' is not base64");
    }
    if (bytes.length != Envelope.KEY_BYTES) {
      throw new IllegalStateException(source + ": key '" + id + "' must be 32 bytes (AES-256), not " + bytes.length);
    }
    return new SecretKeySpec(bytes, "AES");
  }

  private static Properties load(Path file) {
    Properties stored = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      stored.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the key file " + file, e);
    }
    return stored;
  }

  private static void generate(Path file, SecureRandom random) {
    byte[] idBytes = new byte[4];
    random.nextBytes(idBytes);
    String id = "local-" + HexFormat.of().formatHex(idBytes);
    byte[] key = new byte[Envelope.KEY_BYTES];
    random.nextBytes(key);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.createFile(file);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        LOG.warn("Key file {}: the file system has no POSIX permissions, restrict access to it", file);
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
        out.write("# Encryption key of the zero-setup default, generated at first start. Not for production:\n"
            + "# there, set hoso.crypto.keys / hoso.crypto.active-key. Losing this file loses the sensitive data.\n"
            + ACTIVE + "=" + id + "\n" + id + "=" + Base64.getEncoder().encodeToString(key) + "\n");
      }
      LOG.warn("Generated encryption key {} into {} (zero-setup default; keep the file with the database)", id, file);
    } catch (FileAlreadyExistsException e) {
      LOG.info("Key file {} appeared meanwhile; using it", file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the key file " + file, e);
    }
  }
}
