package vn.gov.hoso.catalog.internal;

import org.springframework.core.io.DefaultResourceLoader;
import vn.gov.hoso.catalog.CatalogService;

/** The real catalogs, loaded from the CSVs on the classpath, for unit tests of other modules. */
public final class Catalogs {

  private static final CatalogService REAL = new CsvCatalogService(new DefaultResourceLoader());

  private Catalogs() {}

  public static CatalogService real() {
    return REAL;
  }
}
