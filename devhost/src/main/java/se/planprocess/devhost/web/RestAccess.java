package se.planprocess.devhost.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * The REST v2 security annotations of Confluence 9, matched by fully-qualified name (the plugin may compile
 * against stand-ins): no annotation means logged-in users only.
 */
public enum RestAccess {
    UNRESTRICTED, ANONYMOUS_ALLOWED, LOGGED_IN, ADMIN;

    private static final String REST_V2 = "com.atlassian.plugins.rest.api.security.annotation.";
    private static final Set<String> XSRF_EXCLUDED = Set.of(
            "com.atlassian.annotations.security.XsrfProtectionExcluded",
            "com.atlassian.plugins.rest.api.security.annotation.XsrfProtectionExcluded",
            "com.atlassian.plugins.rest.common.security.XsrfProtectionExcluded");

    public static RestAccess of(Method method, Class<?> resource) {
        RestAccess onMethod = from(method);
        if (onMethod != null) {
            return onMethod;
        }
        RestAccess onClass = from(resource);
        return onClass != null ? onClass : LOGGED_IN;
    }

    public static boolean xsrfExcluded(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (XSRF_EXCLUDED.contains(a.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    private static RestAccess from(AnnotatedElement element) {
        for (Annotation a : element.getAnnotations()) {
            String name = a.annotationType().getName();
            if (!name.startsWith(REST_V2)) {
                continue;
            }
            switch (name.substring(REST_V2.length())) {
                case "UnrestrictedAccess":
                    return UNRESTRICTED;
                case "AnonymousSiteAccess":
                    return ANONYMOUS_ALLOWED;
                case "AdminOnly":
                case "SystemAdminOnly":
                    return ADMIN;
                case "LicensedOnly":
                case "UnlicensedSiteAccess":
                    return LOGGED_IN;
                default:
                    break;
            }
        }
        return null;
    }
}
