package vn.gov.hoso.signing;

/**
 * Where signers' private keys live. Implementations: one PKCS#12 file per signer (demo and tests), a PKCS#11 token
 * (configuration, see {@code docs/signing.md}). A key held outside the server (USB token at the signer's browser,
 * remote-signing service of a Vietnamese CA) does not go through this interface but through the two-step flow of
 * {@link SigningService#preparePdf} and {@link SigningService#assemble}.
 */
public interface SignerKeys {

  /**
   * Unlocks the key of {@code username}. The PIN is used once and never stored or logged; the caller may wipe the
   * array afterwards.
   *
   * @throws vn.gov.hoso.common.BusinessException {@code signingKeyNotFound} when the user has no key,
   *     {@code signingPinWrong} when the PIN does not open it
   */
  SignerKey unlock(String username, char[] pin);
}
