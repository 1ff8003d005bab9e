package vn.gov.hoso.dossier.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.gov.hoso.dossier.DossierPlacement;

public interface DossierRepository extends JpaRepository<DossierEntity, String>,
    JpaSpecificationExecutor<DossierEntity> {

  /** Where the dossiers of a subtree are kept: one prefix query on the unit path, no dossier content loaded. */
  @Query("select new vn.gov.hoso.dossier.DossierPlacement(d.id, d.employingUnitId, d.personnelCategory) "
      + "from DossierEntity d where d.unitPath like concat(:path, '%') order by d.id")
  List<DossierPlacement> placements(@Param("path") String path);

  @Query("select new vn.gov.hoso.dossier.DossierPlacement(d.id, d.employingUnitId, d.personnelCategory) "
      + "from DossierEntity d where d.id in :ids")
  List<DossierPlacement> placementsOf(@Param("ids") Collection<String> ids);

  /** Rewrites the unit paths of a moved subtree in one statement. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update DossierEntity d set d.unitPath = concat(:newPath, substring(d.unitPath, :keepFrom)) "
      + "where d.unitPath like concat(:oldPath, '%')")
  int rebase(@Param("oldPath") String oldPath, @Param("newPath") String newPath, @Param("keepFrom") int keepFrom);

  /** The next rows after {@code afterId} whose sensitive part is not under {@code keyId} (or not encrypted yet). */
  @Query("select d from DossierEntity d where d.id > :afterId"
      + " and (d.sensitiveKeyId is null or d.sensitiveKeyId <> :keyId) order by d.id")
  List<DossierEntity> notUnderKey(@Param("afterId") String afterId, @Param("keyId") String keyId, Pageable page);

  /** The next rows after {@code afterId} written before encryption. */
  @Query("select d from DossierEntity d where d.id > :afterId and d.sensitiveKeyId is null order by d.id")
  List<DossierEntity> legacy(@Param("afterId") String afterId, Pageable page);

  /** The next rows after {@code afterId} whose search columns are older than {@code version}. */
  @Query("select d from DossierEntity d where d.id > :afterId and d.searchColumnsVersion < :version order by d.id")
  List<DossierEntity> searchColumnsOutdated(@Param("afterId") String afterId, @Param("version") int version,
      Pageable page);

  /** When the dossier's last signature was made. */
  @Query("select max(s.signedAt) from DossierSignatureEntity s where s.dossierId = :dossierId")
  Optional<Instant> lastSignatureOf(@Param("dossierId") String dossierId);

  /** Rows per key id (null = not encrypted yet). */
  @Query("select d.sensitiveKeyId, count(d) from DossierEntity d group by d.sensitiveKeyId")
  List<Object[]> countByKey();
}
