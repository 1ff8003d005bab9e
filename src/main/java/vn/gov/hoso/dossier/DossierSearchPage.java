package vn.gov.hoso.dossier;

import java.util.List;

/**
 * One page of search results.
 *
 * @param totalItems the number of results, exact unless {@code totalCapped}
 * @param totalCapped the count stopped at the cap ({@code hoso.search.count-cap}): there are more than
 *     {@code totalItems} results
 */
public record DossierSearchPage(List<DossierSearchRow> items, int page, int size, long totalItems,
    boolean totalCapped) {

  public DossierSearchPage {
    items = List.copyOf(items);
  }

  public long totalPages() {
    return (totalItems + size - 1) / size;
  }
}
