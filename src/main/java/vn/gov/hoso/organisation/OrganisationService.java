package vn.gov.hoso.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.internal.AccountEntity;
import vn.gov.hoso.organisation.internal.AccountRepository;
import vn.gov.hoso.organisation.internal.UnitEntity;
import vn.gov.hoso.organisation.internal.UnitRepository;

/** Facade of the organisation module. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

  private final UnitRepository units;
  private final AccountRepository accounts;

  public OrganisationService(UnitRepository units, AccountRepository accounts) {
    this.units = units;
    this.accounts = accounts;
  }

  public Optional<Unit> unit(String id) {
    return units.findById(id).map(UnitEntity::toUnit);
  }

  public List<Unit> units() {
    return units.findAllByOrderByUnitPath().stream().map(UnitEntity::toUnit).toList();
  }

  /** The unit and its ancestors, nearest first (read in one query from the unit's materialised path). */
  public List<Unit> selfAndAncestors(String unitId) {
    Optional<Unit> unit = unit(unitId);
    if (unit.isEmpty()) {
      return List.of();
    }
    List<String> rootFirst = Arrays.stream(unit.get().path().split("/")).filter(id -> !id.isEmpty()).toList();
    Map<String, Unit> byId = units.findAllById(rootFirst).stream().map(UnitEntity::toUnit)
        .collect(Collectors.toMap(Unit::id, Function.identity()));
    List<Unit> chain = new ArrayList<>();
    for (int i = rootFirst.size() - 1; i >= 0; i--) {
      Unit u = byId.get(rootFirst.get(i));
      if (u != null) {
        chain.add(u);
      }
    }
    return chain;
  }

  public boolean isSameOrAncestor(String ancestorId, String unitId) {
    Optional<Unit> ancestor = unit(ancestorId);
    Optional<Unit> unit = unit(unitId);
    return ancestor.isPresent() && unit.isPresent() && ancestor.get().contains(unit.get());
  }

  public boolean exists(String unitId) {
    return units.existsById(unitId);
  }

  @Transactional
  public Unit addUnit(NewUnit command) {
    if (units.existsById(command.id())) {
      throw new IllegalStateException("unit " + command.id() + " exists");
    }
    String parentPath = "/";
    if (command.parentId() != null) {
      parentPath = units.findById(command.parentId())
          .orElseThrow(() -> new IllegalArgumentException("unknown parent unit " + command.parentId()))
          .getUnitPath();
    }
    UnitEntity entity = new UnitEntity(command.id(), command.code(), command.name(), command.parentId(),
        command.tier().name(), command.kind(), parentPath + command.id() + "/");
    return units.save(entity).toUnit();
  }

  public Optional<Account> account(String username) {
    return accounts.findById(username).map(OrganisationService::toAccount);
  }

  /** Whether the user is a Sở Nội vụ administrator (role {@link Role#SNV_ADMIN}); unknown users are not. */
  public boolean isAdministrator(String username) {
    return account(username).map(a -> a.hasRole(Role.SNV_ADMIN)).orElse(false);
  }

  /**
   * For functions of the Sở Nội vụ administrator only.
   *
   * @throws BusinessException {@code administratorOnly} (403) unless {@link #isAdministrator}
   */
  public void requireAdministrator(String username) {
    if (!isAdministrator(username)) {
      throw new BusinessException("administratorOnly", ErrorKind.FORBIDDEN);
    }
  }

  public List<Account> accounts() {
    return accounts.findAll().stream().map(OrganisationService::toAccount).toList();
  }

  @Transactional
  public Account addAccount(Account account) {
    if (!units.existsById(account.unitId())) {
      throw new IllegalArgumentException("unknown unit " + account.unitId());
    }
    String roles = account.roles().stream().map(Role::id).sorted().collect(Collectors.joining(","));
    accounts.save(new AccountEntity(account.username(), account.displayName(), account.unitId(), roles));
    return account;
  }

  /** Whether the account exists and has not been disabled. */
  public boolean isActive(String username) {
    return accounts.findById(username).map(a -> !a.isDisabled()).orElse(false);
  }

  /**
   * Disables the account (exit, dismissal, handover): it keeps its history but reads nothing any more.
   *
   * @throws BusinessException {@code accountNotFound} (404)
   */
  @Transactional
  public void disableAccount(String username, String reason, Instant at) {
    AccountEntity entity = accounts.findById(username)
        .orElseThrow(() -> new BusinessException("accountNotFound", ErrorKind.NOT_FOUND, username));
    if (!entity.isDisabled()) {
      entity.disable(at, reason);
    }
  }

  /**
   * The data scope of a user: Sở Nội vụ roles see the whole province, officers their unit's subtree, everyone else
   * their own dossier only. Unknown users get the own-dossier scope (which matches nothing but their own id).
   */
  public AccessScope scopeOf(String username) {
    Optional<Account> account = account(username);
    if (account.isEmpty()) {
      return AccessScope.ownDossierOnly(username);
    }
    Account a = account.get();
    if (!isActive(username)) {
      return AccessScope.ownDossierOnly(username);
    }
    if (a.roles().stream().anyMatch(Role::isProvinceWide)) {
      return new AccessScope(username, "/");
    }
    if (a.roles().stream().anyMatch(Role::readsUnitSubtree)) {
      return new AccessScope(username, unit(a.unitId()).map(Unit::path).orElse(null));
    }
    return AccessScope.ownDossierOnly(username);
  }

  private static Account toAccount(AccountEntity e) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(e.getRoles().split(",")).map(Role::fromId).flatMap(Optional::stream).forEach(roles::add);
    return new Account(e.getUsername(), e.getDisplayName(), e.getUnitId(), roles);
  }
}
