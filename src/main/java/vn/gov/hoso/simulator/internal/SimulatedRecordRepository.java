package vn.gov.hoso.simulator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SimulatedRecordRepository extends JpaRepository<SimulatedRecordEntity, String> {

  List<SimulatedRecordEntity> findByCitizenIdOrderByVersionNumberAsc(String citizenId);
}
