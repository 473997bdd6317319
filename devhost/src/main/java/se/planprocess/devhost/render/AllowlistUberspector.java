package se.planprocess.devhost.render;

import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Velocity method allowlist at least as strict as Confluence 9's. From Confluence 9.0 every method invocation in a
 * template is checked against a global allowlist of "appropriate JDK and Atlassian class methods" plus the plugins'
 * own {@code <velocity-allowlist>} modules; anything else is logged and blocked (developer.atlassian.com,
 * "Configuring the Velocity method allowlist"). The global list itself is not published, so the host allows only
 * what a template needs to read a view model of maps, lists and plain values:
 * <ul>
 *   <li>{@code Map}: {@code get} (so {@code $map.key}), {@code containsKey}, {@code isEmpty}, {@code size};
 *   {@code Map.Entry}: {@code getKey}, {@code getValue};</li>
 *   <li>{@code Collection}: {@code size}, {@code isEmpty}, {@code contains}; {@code List}: {@code get};
 *   {@code #foreach} over a collection, a map's values, an array, an iterator or an enumeration;</li>
 *   <li>{@code String} and other {@code CharSequence}s: {@code length}, {@code isEmpty}, {@code toString},
 *   {@code equals}; numbers, booleans, characters: {@code toString}, {@code equals}; enums: {@code name},
 *   {@code toString}, {@code equals}.</li>
 * </ul>
 * Everything else is blocked (the reference renders as written), {@code getClass} on every object, setters
 * ({@code #set($a.b = …)}) too. Plugin {@code <velocity-allowlist>} modules are not read: the host takes the
 * stricter reading.
 */
public final class AllowlistUberspector extends UberspectImpl {
    private static final Logger LOG = LoggerFactory.getLogger(AllowlistUberspector.class);
    private static final Set<String> MAP = Set.of("get", "containsKey", "isEmpty", "size");
    private static final Set<String> ENTRY = Set.of("getKey", "getValue");
    private static final Set<String> COLLECTION = Set.of("size", "isEmpty", "contains");
    private static final Set<String> TEXT = Set.of("length", "isEmpty", "toString", "equals");
    private static final Set<String> VALUE = Set.of("toString", "equals");
    private static final Set<String> ENUM = Set.of("name", "toString", "equals");

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        if (obj != null && !allowed(obj, methodName)) {
            blocked(obj, methodName + "()", info);
            return null;
        }
        return super.getMethod(obj, methodName, args, info);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        if (obj == null) {
            return null;
        }
        VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
        if (getter != null && !allowed(obj, getter.getMethodName())) {
            blocked(obj, identifier + " (" + getter.getMethodName() + ")", info);
            return null;
        }
        return getter;
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        if (obj != null) {
            blocked(obj, identifier + " (set)", info);
        }
        return null;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Iterator getIterator(Object obj, Info info) throws Exception {
        if (obj == null || obj instanceof Collection || obj instanceof Map || obj instanceof Iterator
                || obj instanceof Enumeration || obj.getClass().isArray()) {
            return super.getIterator(obj, info);
        }
        blocked(obj, "iterator()", info);
        return null;
    }

    /** Whether a template may call {@code methodName} on {@code obj}. */
    public static boolean allowed(Object obj, String methodName) {
        if (methodName == null || "getClass".equals(methodName)) {
            return false;
        }
        if (obj instanceof Map) {
            return MAP.contains(methodName);
        }
        if (obj instanceof Map.Entry) {
            return ENTRY.contains(methodName);
        }
        if (obj instanceof Collection) {
            return COLLECTION.contains(methodName) || obj instanceof List && "get".equals(methodName);
        }
        if (obj instanceof CharSequence) {
            return TEXT.contains(methodName);
        }
        if (obj instanceof Number || obj instanceof Boolean || obj instanceof Character) {
            return VALUE.contains(methodName);
        }
        if (obj instanceof Enum) {
            return ENUM.contains(methodName);
        }
        return false;
    }

    private static void blocked(Object obj, String what, Info info) {
        LOG.warn("Velocity method allowlist: blocked {}.{} at {}", obj.getClass().getName(), what, info);
    }
}
