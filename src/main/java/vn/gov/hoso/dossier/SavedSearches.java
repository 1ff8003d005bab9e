package vn.gov.hoso.dossier;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.dossier.internal.SavedSearchEntity;
import vn.gov.hoso.dossier.internal.SavedSearchRepository;

/**
 * Saved searches: each belongs to the user who saved it, and only that user lists or deletes it (another user's id is
 * 404, so ids reveal nothing). A saved search holds criteria, not results: running it again applies the runner's scope.
 */
@Service
@Transactional
public class SavedSearches {

  /** Saved searches per user at most. */
  static final int MAX_PER_USER = 100;

  private final SavedSearchRepository searches;
  private final Clock clock;

  public SavedSearches(SavedSearchRepository searches, Clock clock) {
    this.searches = searches;
    this.clock = clock;
  }

  /**
   * @throws BusinessException {@code badParameter} (400) for an empty or too long name or query, or past
   *     {@value #MAX_PER_USER} searches
   */
  public SavedSearch save(String owner, String name, String query) {
    if (name.isBlank() || name.length() > 200) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "name", name);
    }
    if (query.length() > 4000 || query.contains("\n")) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "query", query.length());
    }
    if (searches.findByOwnerOrderByCreatedAtAscIdAsc(owner).size() >= MAX_PER_USER) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "name", name);
    }
    SavedSearchEntity saved = searches.save(new SavedSearchEntity(UUID.randomUUID().toString(), owner, name.strip(),
        query.strip(), clock.instant()));
    return view(saved);
  }

  @Transactional(readOnly = true)
  public List<SavedSearch> of(String owner) {
    return searches.findByOwnerOrderByCreatedAtAscIdAsc(owner).stream().map(SavedSearches::view).toList();
  }

  /** @throws BusinessException {@code savedSearchNotFound} (404) unless the owner has a search with this id */
  public void delete(String owner, String id) {
    SavedSearchEntity entity = searches.findByIdAndOwner(id, owner)
        .orElseThrow(() -> new BusinessException("savedSearchNotFound", ErrorKind.NOT_FOUND, id));
    searches.delete(entity);
  }

  private static SavedSearch view(SavedSearchEntity e) {
    return new SavedSearch(e.getId(), e.getName(), e.getQuery(), e.getCreatedAt());
  }
}
