package vn.gov.hoso.dossier.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DossierVersionRepository extends JpaRepository<DossierVersionEntity, Long> {

  Optional<DossierVersionEntity> findByDossierIdAndNumber(String dossierId, int number);

  /** The next versions after {@code afterId} whose sensitive part is not under {@code keyId} (or not encrypted yet). */
  @Query("select v from DossierVersionEntity v where v.id > :afterId"
      + " and (v.sensitiveKeyId is null or v.sensitiveKeyId <> :keyId) order by v.id")
  List<DossierVersionEntity> notUnderKey(@Param("afterId") long afterId, @Param("keyId") String keyId,
      Pageable page);

  /** The next versions after {@code afterId} written before encryption. */
  @Query("select v from DossierVersionEntity v where v.id > :afterId and v.sensitiveKeyId is null order by v.id")
  List<DossierVersionEntity> legacy(@Param("afterId") long afterId, Pageable page);

  /** Rows per key id (null = not encrypted yet). */
  @Query("select v.sensitiveKeyId, count(v) from DossierVersionEntity v group by v.sensitiveKeyId")
  List<Object[]> countByKey();

  /**
   * The one update a version gets: its storage re-encrypted (same plaintext) by the key rotation or the encryption of
   * a legacy row. Native because the entity is immutable for Hibernate.
   */
  @Modifying
  @Query(nativeQuery = true, value = "update dossier_version set content = :plain, sensitive_content = :sensitive,"
      + " sensitive_key_id = :keyId where id = :id")
  int reencrypt(@Param("id") long id, @Param("plain") String plain, @Param("sensitive") String sensitive,
      @Param("keyId") String keyId);
}
