package vn.gov.hoso.simulator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.simulator.NationalRecordView;

/** Row of {@code sim_national_record}: what the simulated national database holds per idempotency key. */
@Entity
@Table(name = "sim_national_record")
public class SimulatedRecordEntity {

  @Id
  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "citizen_id")
  private String citizenId;

  @Column(name = "version_number")
  private int versionNumber;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "payload_sha256")
  private String payloadSha256;

  private String payload;
  private String status;

  @Column(name = "error_code")
  private @Nullable String errorCode;

  @Column(name = "error_message")
  private @Nullable String errorMessage;

  private int deliveries;
  private int acceptances;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected SimulatedRecordEntity() {
    this("", "", 0, "", Instant.EPOCH);
  }

  public SimulatedRecordEntity(String idempotencyKey, String citizenId, int versionNumber, String provinceCode,
      Instant receivedAt) {
    this.idempotencyKey = idempotencyKey;
    this.citizenId = citizenId;
    this.versionNumber = versionNumber;
    this.provinceCode = provinceCode;
    this.payloadSha256 = "";
    this.payload = "{}";
    this.status = "NEW";
    this.receivedAt = receivedAt;
    this.answeredAt = receivedAt;
  }

  void delivered() {
    deliveries++;
  }

  void accept(String payload, String sha256, Instant at) {
    this.payload = payload;
    this.payloadSha256 = sha256;
    this.status = "ACCEPTED";
    this.errorCode = null;
    this.errorMessage = null;
    this.acceptances++;
    this.answeredAt = at;
  }

  void reject(String payload, String sha256, String code, String message, Instant at) {
    this.payload = payload;
    this.payloadSha256 = sha256;
    this.status = "REJECTED";
    this.errorCode = code;
    this.errorMessage = message;
    this.answeredAt = at;
  }

  boolean isAccepted() {
    return "ACCEPTED".equals(status);
  }

  String getIdempotencyKey() {
    return idempotencyKey;
  }

  String getPayloadSha256() {
    return payloadSha256;
  }

  String getCitizenId() {
    return citizenId;
  }

  int getVersionNumber() {
    return versionNumber;
  }

  String getProvinceCode() {
    return provinceCode;
  }

  String getPayload() {
    return payload;
  }

  public NationalRecordView toView() {
    return new NationalRecordView(idempotencyKey, citizenId, versionNumber, provinceCode, status, errorCode,
        errorMessage, deliveries, acceptances, receivedAt);
  }
}
