package se.planprocess.devhost.spring;

import com.atlassian.plugin.PluginException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's Spring context as Gemini Blueprint builds it with {@code default-autowire="constructor"}: the
 * imported host services plus the plugin's beans, created in declaration order with their dependencies first,
 * each through its public constructor with the most parameters; init-method right after construction. A bean the
 * host overrides (the {@code --clock} option) is the host's object instead, with no init- or destroy-method.
 */
public final class PluginContainer {
    private static final Logger LOG = LoggerFactory.getLogger(PluginContainer.class);

    private final ClassLoader classLoader;
    private final Map<String, Object> references = new LinkedHashMap<>();
    private final Map<String, SpringContextFile.BeanDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Object> beans = new LinkedHashMap<>();
    private final Set<String> creating = new LinkedHashSet<>();
    private final List<String> creationOrder = new ArrayList<>();
    private final Map<String, Object> overrides;

    /**
     * @param hostServices what the host exports, by interface name
     * @param overrides beans the host replaces by its own object, by bean id (the {@code --clock} option)
     */
    public PluginContainer(ClassLoader classLoader, List<SpringContextFile> files, Map<String, Object> hostServices,
                           Map<String, Object> overrides) {
        this.classLoader = classLoader;
        this.overrides = Map.copyOf(overrides);
        for (SpringContextFile file : files) {
            if (file.defaultTimeoutMillis() == null && !file.references().isEmpty()) {
                LOG.warn("{} has no osgi:default-timeout: Gemini Blueprint then waits its default {} ms (5 minutes)"
                        + " for a missing service before the plugin fails (Atlassian's generated context sets 30000)",
                        file.name(), SpringContextFile.GEMINI_DEFAULT_TIMEOUT_MILLIS);
            }
            for (SpringContextFile.ServiceReference ref : file.references()) {
                references.put(ref.id(), reference(file, ref, hostServices));
            }
            for (SpringContextFile.BeanDefinition bean : file.beans()) {
                if (definitions.put(bean.id(), bean) != null) {
                    throw new PluginException("Duplicate bean id '" + bean.id() + "'");
                }
            }
        }
    }

    /**
     * The host service for an osgi:reference. Its interface must be visible to the plugin (an imported package) and
     * the host must export a service for it; Gemini Blueprint would wait for the service up to the reference's
     * {@code timeout}, else the context's {@code osgi:default-timeout}, else 5 minutes, and then fail the context.
     * The host has no services that come later, so it fails at once and names that timeout.
     */
    private Object reference(SpringContextFile file, SpringContextFile.ServiceReference ref,
                             Map<String, Object> hostServices) {
        long timeout = ref.timeoutMillis() != null ? ref.timeoutMillis()
                : file.defaultTimeoutMillis() != null ? file.defaultTimeoutMillis()
                : SpringContextFile.GEMINI_DEFAULT_TIMEOUT_MILLIS;
        String source = ref.timeoutMillis() != null ? "its timeout" : file.defaultTimeoutMillis() != null
                ? "osgi:default-timeout" : "Gemini Blueprint's default, as the context sets no osgi:default-timeout";
        Class<?> type;
        try {
            type = Class.forName(ref.interfaceName(), false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginException("osgi:reference '" + ref.id() + "' in " + file.name() + ": the plugin cannot load"
                    + " its interface " + ref.interfaceName() + " (is its package in Import-Package?): " + e, e);
        }
        Object service = hostServices.get(ref.interfaceName());
        if (service == null || !type.isInstance(service)) {
            throw new PluginException("osgi:reference '" + ref.id() + "' in " + file.name() + ": no service "
                    + ref.interfaceName() + " is available; Gemini Blueprint would fail the context after " + timeout
                    + " ms (" + source + "). Services the host exports: " + hostServices.keySet());
        }
        return service;
    }

    /** Creates every bean (dependencies first) and calls its init-method. */
    public void start() {
        for (String id : overrides.keySet()) {
            if (!definitions.containsKey(id)) {
                throw new PluginException("The host replaces the bean '" + id + "', but the plugin's Spring context"
                        + " has no bean with that id (beans: " + definitions.keySet() + ")");
            }
        }
        for (String id : definitions.keySet()) {
            bean(id);
        }
    }

    /** Calls destroy-methods in reverse creation order; failures are logged. */
    public void stop() {
        List<String> order = new ArrayList<>(creationOrder);
        java.util.Collections.reverse(order);
        for (String id : order) {
            SpringContextFile.BeanDefinition def = definitions.get(id);
            if (def.destroyMethod() != null && !overrides.containsKey(id)) {
                try {
                    invoke(beans.get(id), def.destroyMethod());
                } catch (RuntimeException e) {
                    LOG.warn("destroy-method of bean '{}' failed", id, e);
                }
            }
        }
        beans.clear();
        creationOrder.clear();
    }

    public Map<String, Object> beans() {
        return java.util.Collections.unmodifiableMap(beans);
    }

    /** Creates a module object (macro, context provider, REST resource…) with constructor autowiring. */
    public <T> T autowire(Class<T> type) {
        return type.cast(construct(type.getName(), type, chooseConstructor(type)));
    }

    public Class<?> loadClass(String className) {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginException("Class " + className + " is not in the plugin (or cannot be linked): " + e, e);
        }
    }

    private Object bean(String id) {
        Object existing = beans.get(id);
        if (existing != null) {
            return existing;
        }
        if (!creating.add(id)) {
            throw new PluginException("Circular constructor dependency: " + String.join(" -> ", creating) + " -> " + id);
        }
        try {
            if (overrides.containsKey(id)) {
                Object replacement = overrides.get(id);
                LOG.info("Bean '{}' replaced by the host: {}", id, replacement);
                beans.put(id, replacement);
                creationOrder.add(id);
                return replacement;
            }
            SpringContextFile.BeanDefinition def = definitions.get(id);
            Class<?> type = loadClass(def.className());
            Constructor<?> constructor;
            try {
                constructor = chooseConstructor(type);
            } catch (LinkageError e) {
                throw new PluginException("Bean '" + id + "' (" + def.className() + ") cannot be linked: " + e
                        + " (is the package of that class in the bundle's Import-Package?)", e);
            }
            Object instance = construct("bean '" + id + "'", type, constructor);
            if (def.initMethod() != null) {
                invoke(instance, def.initMethod());
            }
            beans.put(id, instance);
            creationOrder.add(id);
            return instance;
        } finally {
            creating.remove(id);
        }
    }

    private Constructor<?> chooseConstructor(Class<?> type) {
        if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
            throw new PluginException(type.getName() + " is abstract and cannot be instantiated");
        }
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length == 0) {
            throw new PluginException(type.getName() + " has no public constructor");
        }
        Optional<Constructor<?>> injected = Arrays.stream(constructors)
                .filter(c -> c.isAnnotationPresent(javax.inject.Inject.class)).findFirst();
        return injected.orElseGet(() -> Arrays.stream(constructors)
                .max(Comparator.comparingInt(Constructor::getParameterCount)).orElseThrow());
    }

    private Object construct(String what, Class<?> type, Constructor<?> constructor) {
        Parameter[] parameters = constructor.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            args[i] = resolve(what, type, parameters[i], i);
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new PluginException("Creating " + what + " (" + type.getName() + ") failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new PluginException("Cannot create " + what + " (" + type.getName() + "): " + e, e);
        }
    }

    private Object resolve(String what, Class<?> owner, Parameter parameter, int index) {
        Class<?> wanted = parameter.getType();
        Map<String, Object> serviceCandidates = new LinkedHashMap<>();
        references.forEach((id, service) -> {
            if (wanted.isInstance(service)) {
                serviceCandidates.put(id, service);
            }
        });
        List<String> beanCandidates = new ArrayList<>();
        definitions.forEach((id, def) -> {
            Class<?> beanType = overrides.containsKey(id) ? overrides.get(id).getClass() : loadClass(def.className());
            if (wanted.isAssignableFrom(beanType)) {
                beanCandidates.add(id);
            }
        });
        int count = serviceCandidates.size() + beanCandidates.size();
        if (count == 0) {
            throw new PluginException("Unsatisfied dependency of " + what + " (" + owner.getName() + "): constructor"
                    + " parameter " + index + " '" + parameter.getName() + "' of type " + wanted.getName()
                    + " matches no osgi:reference and no bean. Imported services: " + references.keySet()
                    + "; beans: " + definitions.keySet());
        }
        if (count > 1) {
            String byName = parameter.getName();
            if (serviceCandidates.containsKey(byName)) {
                return serviceCandidates.get(byName);
            }
            if (beanCandidates.contains(byName)) {
                return bean(byName);
            }
            throw new PluginException("Ambiguous dependency of " + what + " (" + owner.getName() + "): parameter '"
                    + parameter.getName() + "' of type " + wanted.getName() + " matches " + serviceCandidates.keySet()
                    + " " + beanCandidates);
        }
        return serviceCandidates.isEmpty() ? bean(beanCandidates.get(0)) : serviceCandidates.values().iterator().next();
    }

    private static void invoke(Object target, String methodName) {
        Method method;
        try {
            method = target.getClass().getMethod(methodName);
        } catch (NoSuchMethodException e) {
            throw new PluginException(target.getClass().getName() + " has no public no-argument method " + methodName);
        }
        try {
            method.invoke(target);
        } catch (InvocationTargetException e) {
            throw new PluginException(target.getClass().getName() + "." + methodName + "() failed: " + e.getCause(),
                    e.getCause());
        } catch (IllegalAccessException e) {
            throw new PluginException("Cannot call " + methodName + " on " + target.getClass().getName(), e);
        }
    }
}
