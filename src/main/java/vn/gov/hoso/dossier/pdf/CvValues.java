package vn.gov.hoso.dossier.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import vn.gov.hoso.catalog.Catalog;
import vn.gov.hoso.catalog.CatalogEntry;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.catalog.RankOrTitle;
import vn.gov.hoso.common.VietnameseText;
import vn.gov.hoso.dossier.schema.FieldSpec;

/**
 * Turns stored dossier values into the text printed on the form: dates dd/mm/yyyy, decimals with a comma, amounts
 * with dots, catalog codes with their names, addresses as one line. A value that cannot be read is printed as stored
 * (the printout never hides what was declared); a missing value is the empty string.
 */
final class CvValues {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CatalogService catalogs;
  private final Map<String, String> unitNames;

  CvValues(CatalogService catalogs, Map<String, String> unitNames) {
    this.catalogs = catalogs;
    this.unitNames = unitNames;
  }

  /** The printed text of a field (or table column, or object member) in a JSON object; "" when absent. */
  String format(FieldSpec field, JsonNode owner) {
    JsonNode value = owner.path(field.id());
    if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      return "";
    }
    return switch (field.type()) {
      case DATE -> date(value.asText());
      case DECIMAL -> decimal(value);
      case MONEY_VND -> money(value);
      case PERCENT -> value.asText() + "%";
      case BOOLEAN -> value.asBoolean() ? "Có" : "Không";
      case CATALOG_REF -> catalog(field.catalog(), value.asText().trim());
      case UNIT_REF -> unitNames.getOrDefault(value.asText(), value.asText());
      case STRING_LIST -> StreamSupport.stream(value.spliterator(), false)
          .map(JsonNode::asText).filter(s -> !s.isBlank()).collect(Collectors.joining("; "));
      case OBJECT -> isAddress(field) ? address(value) : object(field, value);
      default -> VietnameseText.nfc(value.asText().trim());
    };
  }

  /** A name printed in capitals, as the form asks ("viết chữ in hoa"). */
  static String capitals(String text) {
    return VietnameseText.nfc(text).toUpperCase(VIETNAMESE);
  }

  static String date(String iso) {
    try {
      return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso).format(DAY);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** "09/2003 – 06/2007", or "09/2023 – nay" for a period still running. */
  static String period(JsonNode row) {
    String from = row.path("fromMonth").asText("").trim();
    String to = row.path("toMonth").asText("").trim();
    return from + " – " + (to.isEmpty() ? "nay" : to);
  }

  private static String decimal(JsonNode value) {
    if (!value.isNumber()) {
      return value.asText();
    }
    DecimalFormat format = new DecimalFormat("0.00##", DecimalFormatSymbols.getInstance(VIETNAMESE));
    return format.format(new BigDecimal(value.asText()));
  }

  private static String money(JsonNode value) {
    if (!value.canConvertToLong()) {
      return value.asText();
    }
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(VIETNAMESE));
    return format.format(value.asLong()) + " đồng";
  }

  private String catalog(Catalog catalog, String code) {
    if (catalog == Catalog.CIVIL_SERVANT_RANK) {
      return catalogs.rankOrTitle(code).map(RankOrTitle::name).map(name -> code + " – " + name).orElse(code);
    }
    Optional<CatalogEntry> entry = catalogs.find(catalog, code);
    if (entry.isEmpty() || entry.get().name().equals(code)) {
      return code;
    }
    if (catalog == Catalog.PROVINCE_2025) {
      return province(entry.get());
    }
    return entry.get().name();
  }

  private static String province(CatalogEntry province) {
    String type = province.attribute("unit_type");
    return ("tỉnh".equals(type) ? "tỉnh " : "thành phố ") + province.name();
  }

  private static boolean isAddress(FieldSpec field) {
    return field.components().stream().anyMatch(c -> c.id().equals("communeName"));
  }

  /** Số nhà, xã/phường, huyện (kept for places named before 01/7/2025), tỉnh — in that order, on one line. */
  private String address(JsonNode value) {
    List<String> parts = new ArrayList<>();
    for (String part : List.of("detail", "communeName", "districtName")) {
      String text = value.path(part).asText("").trim();
      if (!text.isEmpty()) {
        parts.add(VietnameseText.nfc(text));
      }
    }
    String province = value.path("provinceCode").asText("").trim();
    if (!province.isEmpty()) {
      parts.add(catalog(Catalog.PROVINCE_2025, province));
    }
    return String.join(", ", parts);
  }

  /** Any other object: its non-empty members in schema order, "label: value; …". */
  String object(FieldSpec field, JsonNode value) {
    List<String> parts = new ArrayList<>();
    for (FieldSpec member : field.components()) {
      String text = format(member, value);
      if (!text.isEmpty()) {
        parts.add(member.labelVi() + ": " + text);
      }
    }
    return String.join("; ", parts);
  }
}
