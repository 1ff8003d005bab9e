package vn.gov.hoso.common;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves user-facing text from messages_vi and messages_en. */
@Component
public class Messages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final MessageSource source;

  public Messages(MessageSource source) {
    this.source = source;
  }

  public String vi(String key, List<?> args) {
    return source.getMessage(key, args.toArray(), VIETNAMESE);
  }

  public String en(String key, List<?> args) {
    return source.getMessage(key, args.toArray(), Locale.ENGLISH);
  }

  /** "Vietnamese text / English text", for places that show one string to everyone (engine errors in Tasklist). */
  public String bilingual(String key, List<?> args) {
    return vi(key, args) + " / " + en(key, args);
  }
}
