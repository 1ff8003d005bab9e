package vn.gov.hoso.dossier.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DossierRepository extends JpaRepository<DossierEntity, String>,
    JpaSpecificationExecutor<DossierEntity> {

  /** The next rows after {@code afterId} whose sensitive part is not under {@code keyId} (or not encrypted yet). */
  @Query("select d from DossierEntity d where d.id > :afterId"
      + " and (d.sensitiveKeyId is null or d.sensitiveKeyId <> :keyId) order by d.id")
  List<DossierEntity> notUnderKey(@Param("afterId") String afterId, @Param("keyId") String keyId, Pageable page);

  /** The next rows after {@code afterId} written before encryption. */
  @Query("select d from DossierEntity d where d.id > :afterId and d.sensitiveKeyId is null order by d.id")
  List<DossierEntity> legacy(@Param("afterId") String afterId, Pageable page);

  /** Rows per key id (null = not encrypted yet). */
  @Query("select d.sensitiveKeyId, count(d) from DossierEntity d group by d.sensitiveKeyId")
  List<Object[]> countByKey();
}
