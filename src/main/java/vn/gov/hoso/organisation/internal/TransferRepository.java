package vn.gov.hoso.organisation.internal;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.gov.hoso.organisation.TransferStatus;

public interface TransferRepository extends JpaRepository<TransferEntity, String> {

  boolean existsByUsernameAndStatusIn(String username, Collection<TransferStatus> statuses);
}
