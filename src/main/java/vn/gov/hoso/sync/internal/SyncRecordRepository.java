package vn.gov.hoso.sync.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SyncRecordRepository extends JpaRepository<SyncRecordEntity, String> {

  Optional<SyncRecordEntity> findByIdempotencyKey(String idempotencyKey);

  Optional<SyncRecordEntity> findFirstByDossierIdOrderByVersionNumberDesc(String dossierId);

  List<SyncRecordEntity> findByDeliveryModeAndBatchIdIsNullAndStatusOrderByQueuedAtAsc(String deliveryMode,
      String status);

  List<SyncRecordEntity> findByBatchIdOrderByQueuedAtAsc(String batchId);

  /** Counts per status in a unit subtree: rows of (status, count). */
  @Query("select r.status, count(r) from SyncRecordEntity r where r.unitPath like concat(:path, '%') group by r.status")
  List<Object[]> countByStatus(@Param("path") String unitPath);

  /** Counts per batch and status in a unit subtree: rows of (batchId, status, count). */
  @Query("select r.batchId, r.status, count(r) from SyncRecordEntity r where r.unitPath like concat(:path, '%') "
      + "and r.batchId is not null group by r.batchId, r.status")
  List<Object[]> countByBatchAndStatus(@Param("path") String unitPath);

  /** Marks a delivery attempt; only a record still waiting for its answer (PENDING or SENT) is touched. */
  @Modifying
  @Query("update SyncRecordEntity r set r.status = 'SENT', r.attempts = r.attempts + 1, r.lastAttemptAt = :at "
      + "where r.id = :id and r.status in ('PENDING', 'SENT')")
  int markAttempt(@Param("id") String id, @Param("at") Instant at);
}
