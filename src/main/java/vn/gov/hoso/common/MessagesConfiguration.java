package vn.gov.hoso.common;

import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles {@code i18n/messages_vi.properties} and {@code i18n/messages_en.properties}. Declared here
 * because Boot's auto-configuration only starts when a bundle without locale exists, and there is none on purpose:
 * every text exists in exactly the two languages.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration {

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/messages");
    source.setDefaultEncoding(StandardCharsets.UTF_8.name());
    source.setFallbackToSystemLocale(false);
    source.setAlwaysUseMessageFormat(true);
    return source;
  }
}
