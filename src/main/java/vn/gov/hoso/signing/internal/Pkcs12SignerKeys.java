package vn.gov.hoso.signing.internal;

import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore.PasswordProtection;
import java.util.List;
import java.util.regex.Pattern;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.signing.SignerKey;
import vn.gov.hoso.signing.SignerKeys;

/**
 * One PKCS#12 file per signer, {@code <directory>/<username>.p12}, protected by the signer's PIN. The PIN opens the
 * file for one signature and is then wiped; it is never stored or logged.
 */
public final class Pkcs12SignerKeys implements SignerKeys {

  /** File name extension of a key file. */
  public static final String EXTENSION = ".p12";

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private final Path directory;

  public Pkcs12SignerKeys(Path directory) {
    this.directory = directory;
  }

  /** The file that holds the key of {@code username}. */
  public Path fileOf(String username) {
    if (!USERNAME.matcher(username).matches()) {
      throw new BusinessException("signingKeyNotFound", ErrorKind.NOT_FOUND, username);
    }
    return directory.resolve(username + EXTENSION);
  }

  @Override
  public SignerKey unlock(String username, char[] pin) {
    Path file = fileOf(username);
    if (!Files.isRegularFile(file)) {
      throw new BusinessException("signingKeyNotFound", ErrorKind.NOT_FOUND, username);
    }
    PasswordProtection protection = new PasswordProtection(pin);
    Pkcs12SignatureToken token;
    List<DSSPrivateKeyEntry> keys;
    try {
      token = new Pkcs12SignatureToken(file.toFile(), protection);
      keys = token.getKeys();
    } catch (DSSException e) {
      // A wrong PIN fails the integrity check of the file; the exception does not carry the PIN
      throw new BusinessException("signingPinWrong", ErrorKind.INVALID, username);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the key file of " + username, e);
    }
    if (keys.size() != 1) {
      token.close();
      throw new IllegalStateException("the key file of " + username + " must hold exactly one key, not " + keys.size());
    }
    return new TokenSignerKey(token, keys.get(0), protection);
  }
}
