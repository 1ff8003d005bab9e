/**
 * Digital signatures (ký số) of dossier versions with EU DSS: PAdES over the official CV as PDF and a detached JAdES
 * over the {@linkplain vn.gov.hoso.signing.CanonicalJson canonical JSON} of the version, checks of the signer's
 * certificate before signing, and offline validation against the configured trust anchors. Keys come from a
 * {@link vn.gov.hoso.signing.SignerKeys} (PKCS#12 files; PKCS#11 tokens by configuration) or from an external device
 * through the two-step flow {@link vn.gov.hoso.signing.SigningService#preparePdf prepare} →
 * {@link vn.gov.hoso.signing.SigningService#assemble assemble}. See {@code docs/signing.md}.
 */
@NullMarked
package vn.gov.hoso.signing;

import org.jspecify.annotations.NullMarked;
