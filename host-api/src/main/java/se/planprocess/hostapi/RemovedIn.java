package se.planprocess.hostapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type or member exists in Confluence up to, and not including, the line named by {@link #value()}: it is in
 * the line sets of older lines and absent from that line's set and every later one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.CONSTRUCTOR, ElementType.METHOD, ElementType.FIELD})
public @interface RemovedIn {
    /** The first Confluence line without the type or member, as {@code major.minor}, e.g. {@code "10.0"}. */
    String value();
}
