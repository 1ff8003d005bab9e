package vn.gov.hoso.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AES-256-GCM envelope, the key ring from configuration and the key file, and key rotation. */
class DataCipherTest {

  static final byte[] ROW = "dossier/038185011234/version/1".getBytes(StandardCharsets.UTF_8);
  static final byte[] SECRET = "{\"healthStatus\":\"Viêm gan B mạn tính\"}".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void opensWhatItSealedWhenTheRowIsTheSame() {
    DataCipher cipher = cipher(Map.of("k2026", randomKey()), "k2026");

    Sealed sealed = cipher.seal(SECRET, ROW);

    assertThat(sealed.keyId()).isEqualTo("k2026");
    assertThat(sealed.envelope()).startsWith("v1.k2026.").doesNotContain("Viêm gan");
    assertThat(cipher.open(sealed.envelope(), ROW)).isEqualTo(SECRET);
  }

  @Test
  void sealsTheSameValueDifferentlyEachTime() {
    DataCipher cipher = cipher(Map.of("k2026", randomKey()), "k2026");

    assertThat(cipher.seal(SECRET, ROW).envelope()).isNotEqualTo(cipher.seal(SECRET, ROW).envelope());
  }

  @Test
  void refusesAnEnvelopeMovedToAnotherRow() {
    DataCipher cipher = cipher(Map.of("k2026", randomKey()), "k2026");
    String envelope = cipher.seal(SECRET, ROW).envelope();

    assertThatThrownBy(() -> cipher.open(envelope, "dossier/038185011234/version/2".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DecryptionException.class).hasMessageContaining("authentication");
  }

  @Test
  void refusesATamperedCiphertext() {
    DataCipher cipher = cipher(Map.of("k2026", randomKey()), "k2026");
    String envelope = cipher.seal(SECRET, ROW).envelope();
    byte[] raw = Base64.getUrlDecoder().decode(envelope.substring("v1.k2026.".length()));
    raw[raw.length / 2] ^= 0x01;
    String tampered = "v1.k2026." + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

    assertThatThrownBy(() -> cipher.open(tampered, ROW)).isInstanceOf(DecryptionException.class);
  }

  @Test
  void refusesAnEnvelopeWhoseKeyIdWasChanged() {
    String key = randomKey();
    DataCipher cipher = cipher(Map.of("k2026", key, "k2027", key), "k2026");
    String envelope = cipher.seal(SECRET, ROW).envelope();

    assertThatThrownBy(() -> cipher.open(envelope.replace("v1.k2026.", "v1.k2027."), ROW))
        .isInstanceOf(DecryptionException.class);
  }

  @Test
  void refusesAnEnvelopeOfAKeyThatIsNotConfigured() {
    String envelope = cipher(Map.of("k2025", randomKey()), "k2025").seal(SECRET, ROW).envelope();
    DataCipher other = cipher(Map.of("k2026", randomKey()), "k2026");

    assertThatThrownBy(() -> other.open(envelope, ROW)).isInstanceOf(DecryptionException.class)
        .hasMessageContaining("k2025 is not configured");
  }

  @Test
  void refusesTheRightKeyIdWithOtherKeyBytes() {
    String envelope = cipher(Map.of("k2026", randomKey()), "k2026").seal(SECRET, ROW).envelope();

    assertThatThrownBy(() -> cipher(Map.of("k2026", randomKey()), "k2026").open(envelope, ROW))
        .isInstanceOf(DecryptionException.class);
  }

  @Test
  void sealsWithTheNewKeyAndStillOpensTheOldOnesAfterRotation() {
    String oldKey = randomKey();
    String before = cipher(Map.of("k2025", oldKey), "k2025").seal(SECRET, ROW).envelope();

    DataCipher rotated = cipher(Map.of("k2025", oldKey, "k2026", randomKey()), "k2026");

    assertThat(rotated.open(before, ROW)).isEqualTo(SECRET);
    assertThat(rotated.seal(SECRET, ROW).keyId()).isEqualTo("k2026");
    assertThat(rotated.knowsKey("k2025")).isTrue();
  }

  @Test
  void generatesAKeyFileOnceAndReusesIt() throws Exception {
    Path file = dir.resolve("data/crypto-keys.properties");
    DataCipher first = new DataCipher(new CryptoProperties(Map.of(), null, file.toString(), 0));
    String envelope = first.seal(SECRET, ROW).envelope();

    DataCipher second = new DataCipher(new CryptoProperties(Map.of(), null, file.toString(), 0));

    assertThat(first.activeKeyId()).startsWith("local-").isEqualTo(second.activeKeyId());
    assertThat(second.open(envelope, ROW)).isEqualTo(SECRET);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void usesConfiguredKeysNextToTheKeyFileAndGeneratesNoneWhenKeysAreConfigured() {
    Path file = dir.resolve("crypto-keys.properties");

    DataCipher cipher = new DataCipher(new CryptoProperties(Map.of("k2026", randomKey()), "k2026", file.toString(), 0));

    assertThat(cipher.activeKeyId()).isEqualTo("k2026");
    assertThat(file).doesNotExist();
  }

  @Test
  void refusesToStartWithoutAnyKey() {
    assertThatThrownBy(() -> new DataCipher(new CryptoProperties(Map.of(), null, null, 0)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no encryption key");
  }

  @Test
  void refusesKeysThatAreNotAes256OrAnActiveKeyThatIsMissing() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> cipher(Map.of("k2026", shortKey), "k2026")).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> cipher(Map.of("k2026", randomKey()), "k2027")).hasMessageContaining("k2027");
    assertThatThrownBy(() -> new CryptoProperties(Map.of("k2026", randomKey()), null, null, 0))
        .hasMessageContaining("active-key");
    assertThatThrownBy(() -> new CryptoProperties(Map.of("K.2026", randomKey()), "K.2026", null, 0))
        .hasMessageContaining("key id");
  }

  private static DataCipher cipher(Map<String, String> keys, String active) {
    return new DataCipher(new CryptoProperties(keys, active, null, 0));
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
