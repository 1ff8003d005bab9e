package vn.gov.hoso.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code saved_search}: a user's named search, kept as the query string of {@code GET /api/dossiers}. */
@Entity
@Table(name = "saved_search")
public class SavedSearchEntity {

  @Id private String id;
  private String owner;
  private String name;
  private String query;

  @Column(name = "created_at")
  private Instant createdAt;

  protected SavedSearchEntity() {
    this("", "", "", "", Instant.EPOCH);
  }

  public SavedSearchEntity(String id, String owner, String name, String query, Instant createdAt) {
    this.id = id;
    this.owner = owner;
    this.name = name;
    this.query = query;
    this.createdAt = createdAt;
  }

  public String getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public String getQuery() {
    return query;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
