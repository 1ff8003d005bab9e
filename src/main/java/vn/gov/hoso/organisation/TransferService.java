package vn.gov.hoso.organisation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.internal.AccountEntity;
import vn.gov.hoso.organisation.internal.AccountRepository;
import vn.gov.hoso.organisation.internal.TransferEntity;
import vn.gov.hoso.organisation.internal.TransferRepository;

/**
 * Transfers of a person: between departments of one unit ({@link TransferKind#INTERNAL}, process
 * {@code transfer-internal}) and between units of the province ({@link TransferKind#BETWEEN_UNITS}, process
 * {@code transfer-between-units}, on a decision with its scan). {@link #decide} stores the decision and announces it
 * ({@link TransferDecided}); the process records the hand-over ({@link #handOver}) and ends in {@link #complete}, which
 * moves the account and, through the same {@link PersonRehomed} as a re-homing, the dossier (history row
 * <em>Chuyển đơn vị</em>), then publishes {@link PersonTransferred} (work-history row, open tasks).
 */
@Service
@Transactional
public class TransferService {

  static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
  private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
  private static final Set<TransferStatus> OPEN = EnumSet.of(TransferStatus.DECIDED, TransferStatus.HANDED_OVER);

  private final TransferRepository transfers;
  private final AccountRepository accounts;
  private final OrganisationService organisation;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public TransferService(TransferRepository transfers, AccountRepository accounts, OrganisationService organisation,
      ApplicationEventPublisher events, Clock clock) {
    this.transfers = transfers;
    this.accounts = accounts;
    this.organisation = organisation;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Stores a transfer decision and announces it. Internal: the two departments are sub-units of one unit (or one is
   * the unit itself); a focal officer of that unit or above, or the Sở Nội vụ administrator, decides. Between units:
   * the scanned decision (PDF, JPEG, PNG ≤ 10 MB) and its number are required; a focal officer of the releasing unit
   * or above, or the administrator, registers it.
   *
   * @throws BusinessException {@code accountNotFound} (404), {@code transferForbidden} (403), {@code unitNotFound},
   *     {@code unitClosed}, {@code transferInvalid}, {@code attachmentType}, {@code attachmentSize} (400),
   *     {@code transferOpen} (409)
   */
  public TransferView decide(TransferKind kind, NewTransfer transfer, @Nullable TransferDocument document,
      String actor) {
    Account person = organisation.account(transfer.username())
        .orElseThrow(() -> new BusinessException("accountNotFound", ErrorKind.NOT_FOUND, transfer.username()));
    Unit from = organisation.unit(person.unitId()).orElseThrow();
    Unit to = organisation.unit(transfer.toUnitId())
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, transfer.toUnitId()));
    String deciding = kind == TransferKind.INTERNAL ? owningUnit(from, to) : from.id();
    requireFocalOfficerOver(actor, deciding);
    if (!organisation.isOpen(to.id())) {
      throw new BusinessException("unitClosed", ErrorKind.INVALID, to.id());
    }
    if (from.id().equals(to.id())) {
      throw new BusinessException("transferInvalid", ErrorKind.INVALID, "toUnitId");
    }
    if (kind == TransferKind.BETWEEN_UNITS) {
      if (transfer.decisionNumber() == null || transfer.decisionNumber().isBlank()) {
        throw new BusinessException("transferInvalid", ErrorKind.INVALID, "decisionNumber");
      }
      if (document == null || !DOCUMENT_TYPES.contains(document.contentType().toLowerCase(Locale.ROOT))) {
        throw new BusinessException("attachmentType", ErrorKind.INVALID,
            document == null ? "-" : document.contentType());
      }
      if (document.data().length == 0 || document.data().length > MAX_DOCUMENT_BYTES) {
        throw new BusinessException("attachmentSize", ErrorKind.INVALID, MAX_DOCUMENT_BYTES / (1024 * 1024));
      }
    }
    if (transfers.existsByUsernameAndStatusIn(person.username(), OPEN)) {
      throw new BusinessException("transferOpen", ErrorKind.CONFLICT, person.username());
    }
    TransferEntity entity = new TransferEntity(UUID.randomUUID().toString(), kind, person.username(), from.id(),
        to.id(), blankToNull(transfer.positionName()), blankToNull(transfer.decisionNumber()),
        transfer.effectiveDate(), actor, clock.instant());
    if (document != null) {
      entity.attach(document.fileName(), document.contentType().toLowerCase(Locale.ROOT), document.data());
    }
    transfers.saveAndFlush(entity);
    TransferView view = entity.toView();
    events.publishEvent(new TransferDecided(view.id(), kind, view.username(), view.fromUnitId(), view.toUnitId(),
        view.effectiveDate()));
    return view;
  }

  @Transactional(readOnly = true)
  public Optional<TransferView> transfer(String id) {
    return transfers.findById(id).map(TransferEntity::toView);
  }

  /**
   * A transfer for a reader whose scope covers the releasing or the receiving unit.
   *
   * @throws BusinessException {@code transferNotFound} (404), {@code transferForbidden} (403)
   */
  @Transactional(readOnly = true)
  public TransferView transfer(String id, String actor) {
    return readable(id, actor).toView();
  }

  /** The scanned decision, for a reader as {@link #transfer(String, String)}. */
  @Transactional(readOnly = true)
  public TransferDocument document(String id, String actor) {
    TransferEntity entity = readable(id, actor);
    byte[] data = entity.getDocumentData();
    TransferView view = entity.toView();
    if (data == null || view.documentName() == null || entity.getDocumentType() == null) {
      throw new BusinessException("transferNotFound", ErrorKind.NOT_FOUND, id);
    }
    return new TransferDocument(view.documentName(), entity.getDocumentType(), data);
  }

  /** The releasing unit handed the dossier over (once; later calls change nothing). */
  public TransferView handOver(String id, String actor) {
    TransferEntity entity = require(id);
    if (entity.getStatus() == TransferStatus.DECIDED) {
      entity.handOver(actor);
    }
    return entity.toView();
  }

  /** The receiving unit returns the case to the releasing unit with a note (open transfers only). */
  public TransferView sendBack(String id, String note) {
    TransferEntity entity = require(id);
    if (entity.getStatus() == TransferStatus.HANDED_OVER) {
      entity.sendBack(note.strip());
    }
    return entity.toView();
  }

  /** An internal transfer is refused with a note: closed, nobody moves (open transfers only). */
  public TransferView cancel(String id, String note) {
    TransferEntity entity = require(id);
    if (OPEN.contains(entity.getStatus())) {
      entity.cancel(note.strip(), clock.instant());
    }
    return entity.toView();
  }

  /**
   * The person moves: account to the new unit, dossier with it ({@link PersonRehomed}), then
   * {@link PersonTransferred}. Done once; a second call returns the stored result.
   *
   * @throws BusinessException {@code unitClosed} (400) when the new unit closed meanwhile
   */
  public TransferView complete(String id, String actor) {
    TransferEntity entity = require(id);
    if (entity.getStatus() == TransferStatus.DONE) {
      return entity.toView();
    }
    TransferView t = entity.toView();
    Unit to = organisation.unit(t.toUnitId()).filter(u -> organisation.isOpen(u.id()))
        .orElseThrow(() -> new BusinessException("unitClosed", ErrorKind.INVALID, t.toUnitId()));
    AccountEntity account = accounts.findById(t.username()).orElseThrow();
    String fromUnitId = account.getUnitId();
    account.moveTo(to.id());
    accounts.flush();
    entity.complete(actor, clock.instant());
    events.publishEvent(new PersonRehomed(t.username(), fromUnitId, to.id(), actor));
    events.publishEvent(new PersonTransferred(t.username(), fromUnitId, to.id(), to.name(), t.positionName(),
        t.effectiveDate(), actor));
    return entity.toView();
  }

  private TransferEntity readable(String id, String actor) {
    TransferEntity entity = require(id);
    TransferView t = entity.toView();
    AccessScope scope = organisation.scopeOf(actor);
    boolean inScope = scope.subtree().filter(path -> Stream.of(t.fromUnitId(), t.toUnitId())
        .map(organisation::unit).flatMap(Optional::stream).anyMatch(u -> u.path().startsWith(path))).isPresent();
    if (!inScope) {
      throw new BusinessException("transferForbidden", ErrorKind.FORBIDDEN, id);
    }
    return entity;
  }

  private TransferEntity require(String id) {
    return transfers.findById(id)
        .orElseThrow(() -> new BusinessException("transferNotFound", ErrorKind.NOT_FOUND, id));
  }

  /** The unit whose departments both are: their common parent, or the one that is the other's parent. */
  private String owningUnit(Unit from, Unit to) {
    if (from.parentId() != null && from.parentId().equals(to.parentId())) {
      return from.parentId();
    }
    if (from.id().equals(to.parentId())) {
      return from.id();
    }
    if (to.id().equals(from.parentId())) {
      return to.id();
    }
    throw new BusinessException("transferInvalid", ErrorKind.INVALID, "toUnitId");
  }

  private void requireFocalOfficerOver(String actor, String unitId) {
    if (!organisation.isFocalOfficerOrAdministratorFor(actor, unitId)) {
      throw new BusinessException("transferForbidden", ErrorKind.FORBIDDEN, unitId);
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
