package vn.gov.hoso.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslStoreBundle;
import vn.gov.hoso.sync.NationalAnswer;
import vn.gov.hoso.sync.NationalRegistryUnavailableException;
import vn.gov.hoso.sync.NationalSubmission;

/**
 * Mutual TLS of the HTTP adapter, as {@code SyncConfiguration} builds it from a Spring Boot SSL bundle: a local HTTPS
 * endpoint (the JDK's {@code HttpsServer} on a random port) that requires a client certificate of a test CA generated
 * here with BouncyCastle. With the bundle's key pair the delivery is accepted and the server sees the province's
 * certificate; without it (truststore only), or with a certificate of another CA, the server closes the connection
 * (TLS 1.3: after the client's side of the handshake) and the adapter reports "no answer" naming the client
 * certificate and the bundle setting; an untrusted server certificate is reported with the TLS cause. "No answer" is
 * what the engine retries and then turns into an incident: nothing is marked delivered.
 */
class HttpNationalRegistryMutualTlsTest {

  static final char[] PASSWORD = "test-only".toCharArray();

  private final List<String> clientSubjects = new CopyOnWriteArrayList<>();
  private HttpsServer server;
  private Pki ministry;

  @BeforeEach
  void startServerRequiringClientCertificates() throws Exception {
    ministry = Pki.create("CN=Bộ Nội vụ CA thử nghiệm");
    KeyPair serverKeys = Pki.rsa();
    X509Certificate serverCert = ministry.issue("CN=localhost", serverKeys, KeyPurposeId.id_kp_serverAuth, true);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(Pki.keyManagers(serverKeys.getPrivate(), serverCert, ministry.certificate),
        Pki.trustManagers(ministry.certificate), null);
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context) {
      @Override
      public void configure(HttpsParameters params) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setNeedClientAuth(true);
        params.setSSLParameters(parameters);
      }
    });
    server.createContext(HttpNationalRegistry.RECORDS, exchange -> {
      try {
        X509Certificate peer = (X509Certificate) ((HttpsExchange) exchange).getSSLSession()
            .getPeerCertificates()[0];
        clientSubjects.add(peer.getSubjectX500Principal().getName());
      } catch (SSLPeerUnverifiedException e) {
        clientSubjects.add("none");
      }
      exchange.getRequestBody().readAllBytes();
      byte[] body = "{\"status\":\"ACCEPTED\",\"duplicate\":false,\"nationalId\":\"QG-TLS\"}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(201, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void deliversOverMutualTlsWithTheBundlesClientKeyPair() throws Exception {
    KeyPair province = Pki.rsa();
    X509Certificate clientCert = ministry.issue("CN=So Noi vu Hung Yen,O=33", province,
        KeyPurposeId.id_kp_clientAuth, false);
    SslBundle bundle = SslBundle.of(SslStoreBundle.of(
        Pki.keyStore(province.getPrivate(), clientCert, ministry.certificate), new String(PASSWORD),
        Pki.trustStore(ministry.certificate)));

    NationalAnswer answer = registry(bundle).deliver(submission());

    assertThat(answer.accepted()).isTrue();
    assertThat(answer.nationalId()).isEqualTo("QG-TLS");
    assertThat(clientSubjects).singleElement().asString().contains("CN=So Noi vu Hung Yen");
  }

  @Test
  void withoutAClientCertificateTheCallFailsAsNoAnswerWithTheTlsCause() throws Exception {
    SslBundle trustOnly = SslBundle.of(SslStoreBundle.of(null, null, Pki.trustStore(ministry.certificate)));

    assertThatThrownBy(() -> registry(trustOnly).deliver(submission()))
        .isInstanceOf(NationalRegistryUnavailableException.class)
        .hasMessageContaining("038185011234-v2")
        .hasMessageContaining("client certificate")
        .hasMessageContaining("hoso.sync.ssl-bundle");
    assertThat(clientSubjects).as("the request never reached the national side").isEmpty();
  }

  @Test
  void aClientCertificateOfAnotherCaIsRefusedToo() throws Exception {
    Pki other = Pki.create("CN=CA khác");
    KeyPair province = Pki.rsa();
    X509Certificate foreign = other.issue("CN=So Noi vu Hung Yen", province, KeyPurposeId.id_kp_clientAuth, false);
    SslBundle bundle = SslBundle.of(SslStoreBundle.of(
        Pki.keyStore(province.getPrivate(), foreign, other.certificate), new String(PASSWORD),
        Pki.trustStore(ministry.certificate)));

    assertThatThrownBy(() -> registry(bundle).deliver(submission()))
        .isInstanceOf(NationalRegistryUnavailableException.class)
        .hasMessageContaining("client certificate")
        .hasMessageContaining("hoso.sync.ssl-bundle");
    assertThat(clientSubjects).isEmpty();
  }

  @Test
  void withoutTheBundleTheServerCertificateOfTheTestCaIsNotTrusted() {
    assertThatThrownBy(() -> registry(null).deliver(submission()))
        .isInstanceOf(NationalRegistryUnavailableException.class)
        .hasMessageContaining("TLS connection to the national database failed");
  }

  private HttpNationalRegistry registry(SslBundle bundle) {
    URI base = URI.create("https://localhost:" + server.getAddress().getPort());
    return new HttpNationalRegistry(HttpNationalRegistry.client(Duration.ofSeconds(5), Duration.ofSeconds(10),
        bundle), () -> base, new NationalAnswerVerifier(List::of, java.time.Clock.systemUTC()));
  }

  private static NationalSubmission submission() {
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    envelope.put("idempotencyKey", "038185011234-v2");
    return new NationalSubmission("038185011234-v2", envelope);
  }

  /** A throwaway CA and what TLS needs from it, made with BouncyCastle (which DSS brings). */
  record Pki(KeyPair keys, X509Certificate certificate) {

    static Pki create(String name) throws Exception {
      KeyPair keys = rsa();
      Instant now = Instant.now();
      var builder = new JcaX509v3CertificateBuilder(new X500Name(name), BigInteger.valueOf(now.toEpochMilli()),
          Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), new X500Name(name),
          keys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      return new Pki(keys, sign(builder, keys.getPrivate()));
    }

    X509Certificate issue(String subject, KeyPair holder, KeyPurposeId purpose, boolean localhost) throws Exception {
      Instant now = Instant.now();
      var builder = new JcaX509v3CertificateBuilder(certificate, BigInteger.valueOf(System.nanoTime()),
          Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), new X500Name(subject),
          holder.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
      if (localhost) {
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
      }
      return sign(builder, keys.getPrivate());
    }

    static KeyPair rsa() throws Exception {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    }

    static KeyStore keyStore(PrivateKey key, X509Certificate certificate, X509Certificate ca) throws Exception {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("key", key, PASSWORD, new Certificate[] {certificate, ca});
      return store;
    }

    static KeyStore trustStore(X509Certificate ca) throws Exception {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("ca", ca);
      return store;
    }

    static javax.net.ssl.KeyManager[] keyManagers(PrivateKey key, X509Certificate certificate, X509Certificate ca)
        throws Exception {
      KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(keyStore(key, certificate, ca), PASSWORD);
      return factory.getKeyManagers();
    }

    static javax.net.ssl.TrustManager[] trustManagers(X509Certificate ca) throws Exception {
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trustStore(ca));
      return factory.getTrustManagers();
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey issuer) throws Exception {
      return new JcaX509CertificateConverter().getCertificate(
          builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer)));
    }
  }
}
