package vn.gov.hoso.dossier.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RetirementNoticeRepository extends JpaRepository<RetirementNoticeEntity, String> {

  @Query("select n.dossierId from RetirementNoticeEntity n where n.dossierId in :ids")
  List<String> noticed(@Param("ids") Collection<String> ids);
}
