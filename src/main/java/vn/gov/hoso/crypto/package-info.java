/**
 * Encryption at rest: AES-256-GCM envelopes ({@link vn.gov.hoso.crypto.Envelope}) under keys from configuration
 * ({@link vn.gov.hoso.crypto.CryptoProperties}, {@code hoso.crypto.*}), one active key for new writes, older keys kept
 * for reading until everything is re-encrypted. {@link vn.gov.hoso.crypto.DataCipher} is the module API; the key
 * ring sits in {@code internal}.
 */
@NullMarked
package vn.gov.hoso.crypto;

import org.jspecify.annotations.NullMarked;
