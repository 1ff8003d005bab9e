package vn.gov.hoso.dossier.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At startup (after the legacy encryption), extracts the search columns of the dossiers stored before they existed
 * or under older extraction rules ({@code search_columns_version < SearchFields.VERSION}), 500 rows per transaction in
 * id order, and the time of their last signature. Rows already extracted are not read: a restart costs one index probe.
 */
@Component
@Order(-40)
class SearchColumnsBackfill implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SearchColumnsBackfill.class);
  private static final int BATCH = 500;

  private final DossierRepository dossiers;
  private final SensitiveContent sensitive;
  private final SearchColumns columns;
  private final TransactionTemplate transaction;

  SearchColumnsBackfill(DossierRepository dossiers, SensitiveContent sensitive, SearchColumns columns,
      TransactionTemplate transaction) {
    this.dossiers = dossiers;
    this.sensitive = sensitive;
    this.columns = columns;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    int done = 0;
    String after = "";
    while (true) {
      String from = after;
      List<String> ids = transaction.execute(status -> {
        List<DossierEntity> batch =
            dossiers.searchColumnsOutdated(from, SearchFields.VERSION, PageRequest.ofSize(BATCH));
        for (DossierEntity entity : batch) {
          StoredContent stored = new StoredContent(entity.getContent(), entity.getSensitiveContent(),
              entity.getSensitiveKeyId());
          entity.setSearchFields(columns.extract(sensitive.open(stored, SensitiveContent.draftOf(entity.getId()))));
          dossiers.lastSignatureOf(entity.getId()).ifPresent(entity::recordSignedAt);
        }
        return batch.stream().map(DossierEntity::getId).toList();
      });
      if (ids == null || ids.isEmpty()) {
        break;
      }
      done += ids.size();
      after = ids.get(ids.size() - 1);
    }
    if (done > 0) {
      LOG.info("Extracted the search columns of {} dossiers", done);
    }
  }
}
