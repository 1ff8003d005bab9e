package vn.gov.hoso.organisation.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API handler (or every handler of a controller) as a function of the Sở Nội vụ administrator. The check
 * runs before the request body is read or validated, so nobody else learns anything from the answer: they get 403
 * {@code administratorOnly}, whatever they sent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AdministratorOnly {}
