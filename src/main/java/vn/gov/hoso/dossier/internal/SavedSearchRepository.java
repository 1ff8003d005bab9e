package vn.gov.hoso.dossier.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedSearchRepository extends JpaRepository<SavedSearchEntity, String> {

  List<SavedSearchEntity> findByOwnerOrderByCreatedAtAscIdAsc(String owner);

  Optional<SavedSearchEntity> findByIdAndOwner(String id, String owner);
}
