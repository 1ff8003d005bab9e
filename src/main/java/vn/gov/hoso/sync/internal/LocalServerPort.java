package vn.gov.hoso.sync.internal;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The port this application listens on, for the default national URL: its own simulator. */
@Component
public class LocalServerPort {

  private final AtomicInteger port = new AtomicInteger();

  @EventListener
  void on(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() == null) {
      port.set(event.getWebServer().getPort());
    }
  }

  /** {@code http://127.0.0.1:<port>/simulator/csdlqg}. */
  public URI simulator() {
    if (port.get() <= 0) {
      throw new IllegalStateException("the web server has not started; hoso.sync.url is needed without it");
    }
    return URI.create("http://127.0.0.1:" + port.get() + "/simulator/csdlqg");
  }
}
