package se.planprocess.hostapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type or member exists in no Confluence: only the local host uses it (to build objects Confluence builds
 * otherwise). It is absent from every line set, so a plugin class that refers to it fails the linkage check.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.CONSTRUCTOR, ElementType.METHOD, ElementType.FIELD})
public @interface NotInConfluence {
}
