package vn.gov.hoso.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.dossier.SavedSearch;
import vn.gov.hoso.dossier.SavedSearches;

/** The caller's saved searches. */
@RestController
@RequestMapping(path = "/api/searches", produces = MediaType.APPLICATION_JSON_VALUE)
class SavedSearchController {

  /** Body of a new saved search: a name and the query string of GET /api/dossiers. */
  record NewSavedSearch(@Nullable String name, @Nullable String query) {}

  private final SavedSearches searches;

  SavedSearchController(SavedSearches searches) {
    this.searches = searches;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Lưu một tìm kiếm / Save a search",
      description = "Body {\"name\": \"…\", \"query\": \"q=Nguyen Thi&unitId=STC\"} (the query string of GET "
          + "/api/dossiers). Only the caller sees it. 201 with the saved search; 400 badParameter.")
  ResponseEntity<SavedSearch> save(@RequestBody NewSavedSearch body, Principal user) {
    SavedSearch saved = searches.save(user.getName(), body.name() == null ? "" : body.name(),
        body.query() == null ? "" : body.query());
    return ResponseEntity.status(201).body(saved);
  }

  @GetMapping
  @Operation(summary = "Các tìm kiếm đã lưu của tôi / The caller's saved searches, oldest first")
  List<SavedSearch> mine(Principal user) {
    return searches.of(user.getName());
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Xóa một tìm kiếm đã lưu / Delete one of the caller's saved searches",
      description = "204; 404 savedSearchNotFound for an id the caller does not own.")
  ResponseEntity<Void> delete(@PathVariable String id, Principal user) {
    searches.delete(user.getName(), id);
    return ResponseEntity.noContent().build();
  }
}
