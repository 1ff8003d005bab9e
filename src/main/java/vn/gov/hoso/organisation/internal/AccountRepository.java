package vn.gov.hoso.organisation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<AccountEntity, String> {

  List<AccountEntity> findByUnitIdInOrderByUsername(Collection<String> unitIds);

  List<AccountEntity> findByUnitIdOrderByUsername(String unitId);

  /** Accounts of every unit in the subtree of {@code path}: one join on the materialised path. */
  @Query("select a from AccountEntity a, UnitEntity u where a.unitId = u.id and u.unitPath like concat(:path, '%') "
      + "order by a.username")
  List<AccountEntity> findInSubtree(@Param("path") String path);

  /** Accounts in units closed on or before {@code day}. */
  @Query("select a from AccountEntity a, UnitEntity u where a.unitId = u.id and u.validTo is not null "
      + "and u.validTo <= :day order by a.username")
  List<AccountEntity> findInClosedUnits(@Param("day") LocalDate day);
}
