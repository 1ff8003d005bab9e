package vn.gov.hoso.signing;

import java.time.Instant;
import java.util.Arrays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.SignedVersion;
import vn.gov.hoso.dossier.VersionToSign;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.signing.internal.Certificates;

/**
 * Signs dossier versions for the signing process and the batch API: the head of the dossier's unit (or of a unit
 * above it) signs the confirmed version's CV (PAdES) and its data (detached JAdES over the canonical JSON), with their
 * own key; the signatures are stored with the version and the dossier reads Đã ký. Also validates what is stored.
 *
 * <p>Checks, each refusing with a Vietnamese/English {@link BusinessException}: the signer may read the dossier
 * (scope, audited), the version is the current confirmed one and not yet signed ({@code versionNotSignable}), the
 * signer is a head ({@code unit-head}) of the dossier's unit or a unit above it ({@code signerNotHead}), and the
 * certificate checks of {@link SigningService} (owner, validity, key usage, trust anchor).
 */
@Service
public class DossierSigning {

  static final String SIGN_ENDPOINT = "SIGN dossier version";

  private final DossierService dossiers;
  private final OrganisationService organisation;
  private final SigningService signing;
  private final SignerKeys keys;

  public DossierSigning(DossierService dossiers, OrganisationService organisation, SigningService signing,
      SignerKeys keys) {
    this.dossiers = dossiers;
    this.organisation = organisation;
    this.signing = signing;
    this.keys = keys;
  }

  /**
   * Signs version {@code number} with the signer's server-held key, opened with {@code pin} for this one signature.
   * The PIN array is wiped before returning.
   */
  @Transactional
  public Instant sign(String dossierId, int number, String signer, char[] pin) {
    try (SignerKey key = unlock(signer, pin)) {
      return sign(dossierId, number, signer, key);
    }
  }

  /**
   * Opens the signer's key for several signatures (a batch: one PIN entry). The PIN array is wiped before returning;
   * close the key when the batch is done.
   */
  public SignerKey unlock(String signer, char[] pin) {
    try {
      return keys.unlock(signer, pin);
    } finally {
      Arrays.fill(pin, '\0');
    }
  }

  /** Signs version {@code number} with an opened key; returns the signing time. */
  @Transactional
  public Instant sign(String dossierId, int number, String signer, SignerKey key) {
    VersionToSign version = dossiers.versionToSign(dossierId, number, signer, SIGN_ENDPOINT);
    requireHeadOf(signer, version);
    PreparedSignature pdf = signing.preparePdf(signer, version.pdf(), key.chain());
    byte[] signedPdf = signing.assemble(pdf, key.sign(pdf.dataToSign()));
    byte[] dataSignature = signing.signData(signer, version.snapshot(), key);
    dossiers.recordSignature(dossierId, number, signedPdf, dataSignature, signer,
        Certificates.subjectName(pdf.signingCertificate()), pdf.signingTime());
    return pdf.signingTime();
  }

  /** Validation of both stored signatures of a version, against the snapshot and PDF as stored now. */
  @Transactional(readOnly = true)
  public VersionSignatures validate(String dossierId, int number, String actor, String endpoint) {
    SignedVersion stored = dossiers.signedVersion(dossierId, number, actor, endpoint);
    return new VersionSignatures(dossierId, number, stored.signer(), stored.signerName(), stored.signedAt(),
        signing.validate(stored.signedPdf()),
        signing.validateDetached(CanonicalJson.bytes(stored.snapshot()), stored.dataSignature()));
  }

  private void requireHeadOf(String signer, VersionToSign version) {
    boolean head = organisation.account(signer)
        .filter(account -> account.hasRole(Role.UNIT_HEAD))
        .map(Account::unitId)
        .filter(unit -> organisation.isSameOrAncestor(unit, version.unitId()))
        .isPresent();
    if (!head) {
      throw new BusinessException("signerNotHead", ErrorKind.FORBIDDEN, signer, version.dossierId());
    }
  }
}
