package vn.gov.hoso.security;

/** Port: checks a user name and password against the identity store (implemented by the workflow module). */
public interface CredentialsVerifier {

  boolean verify(String username, String password);
}
