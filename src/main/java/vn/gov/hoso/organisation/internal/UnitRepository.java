package vn.gov.hoso.organisation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitRepository extends JpaRepository<UnitEntity, String> {

  List<UnitEntity> findAllByOrderByUnitPath();

  /** The unit's subtree (itself included), in path order: one indexed prefix query whatever the depth. */
  @Query("select u from UnitEntity u where u.unitPath like concat(:path, '%') order by u.unitPath")
  List<UnitEntity> findSubtree(@Param("path") String path);

  List<UnitEntity> findByParentId(String parentId);

  /** Rewrites the paths of a moved subtree in one statement: {@code oldPath…} becomes {@code newPath…}. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update UnitEntity u set u.unitPath = concat(:newPath, substring(u.unitPath, :keepFrom)) "
      + "where u.unitPath like concat(:oldPath, '%')")
  int rebase(@Param("oldPath") String oldPath, @Param("newPath") String newPath, @Param("keepFrom") int keepFrom);
}
