package vn.gov.hoso.accounts.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.gov.hoso.accounts.RecruitmentStatus;

public interface RecruitmentRepository extends JpaRepository<RecruitmentEntity, String> {

  boolean existsByCitizenIdAndStatusIn(String citizenId, Collection<String> statuses);

  default boolean isPending(String citizenId) {
    return existsByCitizenIdAndStatusIn(citizenId,
        List.of(RecruitmentStatus.RECEIVED.name(), RecruitmentStatus.CONFIRMED.name()));
  }
}
