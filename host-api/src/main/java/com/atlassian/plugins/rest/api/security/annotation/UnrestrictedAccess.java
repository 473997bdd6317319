package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in: see docs/host-api.md. REST v2 (Confluence 9.x and 10.x): the resource or method is served without any
 * authentication check, even when anonymous access to the site is off.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
