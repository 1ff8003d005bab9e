package vn.gov.hoso.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.accounts.AccountDirectory.ActivationStyle;
import vn.gov.hoso.accounts.internal.ActivationEntity;
import vn.gov.hoso.accounts.internal.ActivationRepository;
import vn.gov.hoso.accounts.internal.RecruitmentEntity;
import vn.gov.hoso.accounts.internal.RecruitmentRepository;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.OpenDossier;
import vn.gov.hoso.dossier.ViolationReport;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;

/**
 * Facade of the accounts module: recruitment decisions in, accounts without any default password out, activation
 * links, disabling on exit. The workflow calls {@link #decide}, {@link #createAccount} and {@link #openDossier} from
 * {@code account-provisioning}; the API calls the rest.
 */
@Service
@Transactional
public class AccountService {

  static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
  static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
  private static final int TOKEN_BYTES = 32;

  private final RecruitmentRepository recruitments;
  private final ActivationRepository activations;
  private final OrganisationService organisation;
  private final DossierService dossiers;
  private final AccountDirectory directory;
  private final TaskHandover handover;
  private final AuditService audit;
  private final ApplicationEventPublisher events;
  private final AccountsProperties properties;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public AccountService(RecruitmentRepository recruitments, ActivationRepository activations,
      OrganisationService organisation, DossierService dossiers, AccountDirectory directory, TaskHandover handover,
      AuditService audit, ApplicationEventPublisher events, AccountsProperties properties, Clock clock) {
    this.recruitments = recruitments;
    this.activations = activations;
    this.organisation = organisation;
    this.dossiers = dossiers;
    this.directory = directory;
    this.handover = handover;
    this.audit = audit;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- recruitment (API)

  /**
   * Stores a recruitment decision with its scan and starts {@code account-provisioning} (event
   * {@link RecruitmentReceived}). Only the focal officers of the unit or of a unit above it and the Sở Nội vụ
   * administrator may do this. Nothing is stored when anything is wrong.
   *
   * @throws BusinessException {@code accountsForbidden} (403), {@code unitNotFound}, {@code attachmentType},
   *     {@code attachmentSize}, {@code recruitmentIdentityInvalid}, {@code recruitmentDates} (400),
   *     {@code recruitmentDuplicate} (409)
   */
  public RecruitmentView receive(NewRecruitment recruitment, DecisionDocument document, String actor) {
    if (!organisation.exists(recruitment.unitId())) {
      throw new BusinessException("unitNotFound", ErrorKind.INVALID, recruitment.unitId());
    }
    requireOfficerFor(actor, recruitment.unitId());
    String type = document.contentType().toLowerCase(Locale.ROOT);
    if (!DOCUMENT_TYPES.contains(type)) {
      throw new BusinessException("attachmentType", ErrorKind.INVALID, document.contentType());
    }
    if (document.data().length == 0 || document.data().length > MAX_DOCUMENT_BYTES) {
      throw new BusinessException("attachmentSize", ErrorKind.INVALID, MAX_DOCUMENT_BYTES / (1024 * 1024));
    }
    if (recruitment.startDate().isBefore(recruitment.decisionDate())
        || !recruitment.dateOfBirth().isBefore(recruitment.decisionDate())) {
      throw new BusinessException("recruitmentDates", ErrorKind.INVALID);
    }
    List<String> problems = dossiers.checkOpening(opening(recruitment)).stream()
        .filter(ViolationReport::blocking).map(ViolationReport::code).distinct().toList();
    if (!problems.isEmpty()) {
      throw new BusinessException("recruitmentIdentityInvalid", ErrorKind.INVALID, String.join(", ", problems));
    }
    String cccd = recruitment.citizenId();
    if (organisation.account(cccd).isPresent() || dossiers.exists(cccd) || recruitments.isPending(cccd)) {
      throw new BusinessException("recruitmentDuplicate", ErrorKind.CONFLICT, cccd);
    }
    RecruitmentEntity saved = recruitments.save(new RecruitmentEntity(UUID.randomUUID().toString(), recruitment,
        document.fileName(), type, document.data(), actor, clock.instant()));
    events.publishEvent(new RecruitmentReceived(saved.getId(), cccd, recruitment.unitId()));
    return saved.toView();
  }

  /** A recruitment for the officers in scope (audited like a dossier read: it holds the person's data). */
  @Transactional(readOnly = true)
  public RecruitmentView recruitment(String id, String actor, String endpoint) {
    return readable(id, actor, endpoint).toView();
  }

  /** The scanned decision, for the officers in scope (audited). */
  @Transactional(readOnly = true)
  public DecisionDocument decisionDocument(String id, String actor, String endpoint) {
    RecruitmentEntity r = readable(id, actor, endpoint);
    return new DecisionDocument(r.getDocumentName(), r.getDocumentType(), r.getDocumentData());
  }

  // ---------------------------------------------------------------- steps of account-provisioning

  /** The recruitment for the confirmation form of the focal officer (the task's candidates are the readers). */
  @Transactional(readOnly = true)
  public RecruitmentView recruitment(String id) {
    return existing(id).toView();
  }

  /** Records the focal officer's confirmation or refusal (note required on refusal, checked by the caller). */
  public void decide(String id, boolean confirmed, @Nullable String note, String actor) {
    existing(id).decide(confirmed ? RecruitmentStatus.CONFIRMED : RecruitmentStatus.REJECTED, note, actor,
        clock.instant());
  }

  /**
   * Creates the person's account (role employee, username = CCCD) in the organisation module and in the identity
   * store, without any password. Idempotent, so a retried job does no harm.
   *
   * @return the username
   */
  public String createAccount(String id) {
    RecruitmentEntity r = existing(id);
    if (r.getStatus() != RecruitmentStatus.CONFIRMED && r.getStatus() != RecruitmentStatus.ACCOUNT_CREATED) {
      throw new IllegalStateException("recruitment " + id + " is " + r.getStatus() + ", not confirmed");
    }
    Account account = organisation.account(r.getCitizenId()).orElseGet(() -> organisation.addAccount(
        new Account(r.getCitizenId(), r.getFullName(), r.getUnitId(), Set.of(Role.EMPLOYEE))));
    directory.create(account);
    r.accountCreated();
    return account.username();
  }

  /** Opens the dossier of the recruited person (which starts {@code dossier-declaration}); idempotent. */
  public void openDossier(String id, String actor) {
    RecruitmentEntity r = existing(id);
    if (!dossiers.exists(r.getCitizenId())) {
      dossiers.open(new OpenDossier(r.getCitizenId(), r.getFullName(), r.getGender(), r.getDateOfBirth(),
          r.getUnitId(), r.getPersonnelCategory()), actor);
    }
  }

  // ---------------------------------------------------------------- activation

  /**
   * A new single-use activation link for an account that has no password yet, valid for
   * {@code hoso.accounts.activation-days}; earlier unused links of the account stop working. The token is returned
   * once and stored only as its SHA-256. Focal officers in scope and the administrator only.
   *
   * @throws BusinessException {@code accountNotFound} (404), {@code accountsForbidden} (403),
   *     {@code accountAlreadyActive} (409: lost passwords go through the identity store's own flow)
   */
  public IssuedActivation issueActivation(String username, String actor) {
    Account account = activeAccount(username);
    requireOfficerFor(actor, account.unitId());
    if (directory.hasPassword(username)) {
      throw new BusinessException("accountAlreadyActive", ErrorKind.CONFLICT, username);
    }
    Instant now = clock.instant();
    activations.findByUsername(username).forEach(a -> a.use(now));
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expires = now.plus(Duration.ofDays(properties.activationDays()));
    activations.save(new ActivationEntity(sha256(token), username, actor, now, expires));
    return new IssuedActivation(username, token, expires, directory.activationStyle());
  }

  /** Who an activation link is for, while it is usable. */
  @Transactional(readOnly = true)
  public PendingActivation pendingActivation(String token) {
    ActivationEntity activation = usable(token);
    Account account = activeAccount(activation.getUsername());
    return new PendingActivation(account.username(), account.displayName(), directory.activationStyle());
  }

  /**
   * Uses an activation link once. {@link ActivationStyle#CHOOSE_PASSWORD}: the person's own password is set (the
   * store's policy applies) and nothing is returned. {@link ActivationStyle#ONE_TIME_PASSWORD}: a one-time password
   * from a CSPRNG is set as temporary and returned to be shown once; it is stored nowhere but in the identity store.
   *
   * @throws BusinessException {@code activationInvalid} (404: unknown, used or expired link), {@code passwordPolicy}
   *     (400, the link stays usable)
   */
  public Optional<String> activate(String token, @Nullable String chosenPassword) {
    ActivationEntity activation = usable(token);
    String username = activeAccount(activation.getUsername()).username();
    Optional<String> shown;
    if (directory.activationStyle() == ActivationStyle.CHOOSE_PASSWORD) {
      if (chosenPassword == null || chosenPassword.isEmpty()) {
        throw new BusinessException("passwordPolicy", ErrorKind.INVALID);
      }
      directory.activate(username, chosenPassword);
      shown = Optional.empty();
    } else {
      String oneTime = oneTimePassword();
      directory.activate(username, oneTime);
      shown = Optional.of(oneTime);
    }
    activation.use(clock.instant());
    return shown;
  }

  // ---------------------------------------------------------------- exit

  /**
   * Disables an account (exit): no login, no groups, unusable activation links, and its open tasks handed over to the
   * unit's focal officers. Focal officers in scope and the administrator only; nobody disables their own account.
   *
   * @return the number of tasks handed over
   * @throws BusinessException {@code accountNotFound} (404), {@code accountsForbidden} (403),
   *     {@code disableReasonRequired} (400)
   */
  public int disable(String username, @Nullable String reason, String actor) {
    Account account = organisation.account(username)
        .orElseThrow(() -> new BusinessException("accountNotFound", ErrorKind.NOT_FOUND, username));
    requireOfficerFor(actor, account.unitId());
    if (username.equals(actor)) {
      throw new BusinessException("accountsForbidden", ErrorKind.FORBIDDEN);
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("disableReasonRequired", ErrorKind.INVALID);
    }
    return disableAndHandOver(account, reason.strip());
  }

  /**
   * Disables the account of a person whose exit or transfer out the workflow records: the decision was checked when
   * its process started, so the caller is not checked again (the step runs as a job). Like {@link #disable} otherwise;
   * nothing to do for a person without an account.
   *
   * @return the number of tasks handed over
   */
  public int disableOnExit(String username, String reason) {
    return organisation.account(username).map(account -> disableAndHandOver(account, reason)).orElse(0);
  }

  private int disableAndHandOver(Account account, String reason) {
    Instant now = clock.instant();
    organisation.disableAccount(account.username(), reason, now);
    activations.findByUsername(account.username()).forEach(a -> a.use(now));
    directory.disable(account.username());
    return handover.handOver(account.username(), account.unitId());
  }

  // ---------------------------------------------------------------- helpers

  private void requireOfficerFor(String actor, String unitId) {
    if (!organisation.isFocalOfficerOrAdministratorFor(actor, unitId)) {
      throw new BusinessException("accountsForbidden", ErrorKind.FORBIDDEN);
    }
  }

  private RecruitmentEntity readable(String id, String actor, String endpoint) {
    RecruitmentEntity r = existing(id);
    try {
      requireOfficerFor(actor, r.getUnitId());
    } catch (BusinessException e) {
      audit.record(actor, AuditService.DOSSIER_READ_DENIED, r.getCitizenId(), endpoint);
      throw e;
    }
    audit.record(actor, AuditService.DOSSIER_READ, r.getCitizenId(), endpoint);
    return r;
  }

  private RecruitmentEntity existing(String id) {
    return recruitments.findById(id)
        .orElseThrow(() -> new BusinessException("recruitmentNotFound", ErrorKind.NOT_FOUND, id));
  }

  private Account activeAccount(String username) {
    return organisation.account(username).filter(a -> organisation.isActive(username))
        .orElseThrow(() -> new BusinessException("accountNotFound", ErrorKind.NOT_FOUND, username));
  }

  private ActivationEntity usable(String token) {
    return activations.findById(sha256(token)).filter(a -> a.isUsableAt(clock.instant()))
        .orElseThrow(() -> new BusinessException("activationInvalid", ErrorKind.NOT_FOUND));
  }

  private static OpenDossier opening(NewRecruitment r) {
    return new OpenDossier(r.citizenId(), r.fullName(), r.gender(), r.dateOfBirth(), r.unitId(),
        r.personnelCategory());
  }

  /**
   * 20 characters from a CSPRNG with at least three upper-case and lower-case letters, digits and specials (the realm's
   * policy: 12+, mixed), shuffled. Look-alike characters are left out because people type it from a screen.
   */
  String oneTimePassword() {
    List<Character> chars = new ArrayList<>();
    String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    String lower = "abcdefghijkmnpqrstuvwxyz";
    String digits = "23456789";
    String specials = "!#%+-=?@";
    String all = upper + lower + digits + specials;
    for (String set : List.of(upper, lower, digits, specials)) {
      for (int i = 0; i < 3; i++) {
        chars.add(set.charAt(random.nextInt(set.length())));
      }
    }
    while (chars.size() < 20) {
      chars.add(all.charAt(random.nextInt(all.length())));
    }
    Collections.shuffle(chars, random);
    return chars.stream().map(String::valueOf).collect(Collectors.joining());
  }

  static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
