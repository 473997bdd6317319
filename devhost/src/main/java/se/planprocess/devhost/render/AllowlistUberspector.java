package se.planprocess.devhost.render;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Collection;
import java.util.Map;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors Confluence 9's Velocity method allowlist, simplified: method calls and property getters are allowed on
 * java.lang / java.util types (and the host's I18nResolver); anything else is logged and blocked (null).
 */
public final class AllowlistUberspector extends UberspectImpl {
    private static final Logger LOG = LoggerFactory.getLogger(AllowlistUberspector.class);

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        if (obj != null && !allowed(obj)) {
            LOG.warn("Velocity method allowlist: blocked {}#{}() at {}", obj.getClass().getName(), methodName, info);
            return null;
        }
        return super.getMethod(obj, methodName, args, info);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        if (obj != null && !allowed(obj)) {
            LOG.warn("Velocity method allowlist: blocked {}.{} at {}", obj.getClass().getName(), identifier, info);
            return null;
        }
        return super.getPropertyGet(obj, identifier, info);
    }

    public static boolean allowed(Object obj) {
        if (obj instanceof Map || obj instanceof Collection || obj instanceof CharSequence || obj instanceof Number
                || obj instanceof Boolean || obj instanceof I18nResolver) {
            return true;
        }
        String name = obj.getClass().getName();
        return name.startsWith("java.lang.") || name.startsWith("java.util.");
    }
}
