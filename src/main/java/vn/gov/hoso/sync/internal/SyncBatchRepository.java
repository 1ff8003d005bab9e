package vn.gov.hoso.sync.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SyncBatchRepository extends JpaRepository<SyncBatchEntity, String> {

  Optional<SyncBatchEntity> findByMonth(String month);
}
