package vn.gov.hoso.organisation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<UnitEntity, String> {

  List<UnitEntity> findAllByOrderByUnitPath();
}
