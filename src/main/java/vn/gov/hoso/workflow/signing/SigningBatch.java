package vn.gov.hoso.workflow.signing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a batch signing: how many dossiers are in it, how many are signed, how many failed and why.
 *
 * @param finished whether every dossier has been tried
 */
public record SigningBatch(String id, String signer, Instant startedAt, int total, int done, int failed,
    boolean finished, List<Item> items) {

  /** State of one dossier of a batch. */
  public enum State {
    PENDING,
    SIGNED,
    FAILED
  }

  /**
   * One dossier of a batch.
   *
   * @param errorVi why it failed, in Vietnamese (null unless FAILED)
   * @param errorEn the same in English
   */
  public record Item(String dossierId, int versionNumber, State state, @Nullable String errorVi,
      @Nullable String errorEn) {}

  public SigningBatch {
    items = List.copyOf(items);
  }
}
