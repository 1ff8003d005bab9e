package vn.gov.hoso.signing.internal;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises DSS's JAdES calls. DSS checks every JSON document against the JWS schemas through one JVM-wide
 * {@code JSONSchemaAbstractUtils} instance whose validator (json-sKema 0.28) is not thread-safe: two heads signing at
 * the same moment made one signature fail with an {@code IllegalStateException} inside
 * {@code com.github.erosb.jsonsKema.SchemaVisitor} (found by {@code scripts/bench}). The guarded resource is static in
 * the library, so the lock is static too. A JAdES call holds it for a few milliseconds; PAdES does not take it.
 */
final class JsonSchemaGuard {

  private static final ReentrantLock LOCK = new ReentrantLock();

  private JsonSchemaGuard() {}

  static <T> T call(Supplier<T> jadesCall) {
    LOCK.lock();
    try {
      return jadesCall.get();
    } finally {
      LOCK.unlock();
    }
  }
}
