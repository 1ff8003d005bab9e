package vn.gov.hoso.accounts.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivationRepository extends JpaRepository<ActivationEntity, String> {

  List<ActivationEntity> findByUsername(String username);
}
