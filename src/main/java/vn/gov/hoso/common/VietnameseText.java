package vn.gov.hoso.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers for Vietnamese: folding diacritics for search ("Nguyễn Thị Thủy" → "nguyen thi thuy"). */
public final class VietnameseText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private VietnameseText() {}

  /** Lower case, without diacritics (đ → d), single spaces, trimmed. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String noMarks = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    return SPACES.matcher(noMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /** Unicode NFC, as stored. */
  public static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
