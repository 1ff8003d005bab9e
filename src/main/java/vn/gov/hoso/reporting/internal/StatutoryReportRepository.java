package vn.gov.hoso.reporting.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatutoryReportRepository extends JpaRepository<StatutoryReportEntity, String> {

  List<StatutoryReportEntity> findByKindAndPeriodOrderByUnitId(String kind, String period);
}
