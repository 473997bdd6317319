package se.planprocess.confluence.macro;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Velocity edge: a typed view (records, lists, plain values) as maps and lists of plain values, right before a
 * template renders it. Templates call no methods, and Confluence's Velocity allows none on our classes; a map's
 * entries are read without a call.
 */
public final class VelocityModel {
    /** A record class's components, looked up once per class (the JDK reads them anew on every call). */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] found = type.getRecordComponents();
            Component[] components = new Component[found.length];
            for (int i = 0; i < found.length; i++) {
                try {
                    found[i].getAccessor().setAccessible(true);
                    components[i] = new Component(found[i].getName(),
                            MethodHandles.lookup().unreflect(found[i].getAccessor()));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalStateException("Cannot read " + found[i].getName() + " of " + type.getName(), e);
                }
            }
            return components;
        }
    };

    private record Component(String name, MethodHandle accessor) {
    }

    private VelocityModel() {
    }

    /** A record as a map of its components (in declaration order), recursively; lists element by element. */
    public static Object of(Object value) {
        if (value instanceof Record record) {
            Component[] components = COMPONENTS.get(record.getClass());
            Map<String, Object> map = new LinkedHashMap<>(components.length * 2);
            for (Component component : components) {
                map.put(component.name(), of(read(component, record)));
            }
            return map;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(of(element));
            }
            return copy;
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException("Not a plain value for a template: " + value.getClass().getName());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Record record) {
        return (Map<String, Object>) of(record);
    }

    private static Object read(Component component, Record record) {
        try {
            return component.accessor().invoke(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read " + component.name(), e);
        }
    }
}
