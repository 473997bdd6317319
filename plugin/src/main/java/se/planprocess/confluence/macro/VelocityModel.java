package se.planprocess.confluence.macro;

import java.lang.reflect.InvocationTargetException;
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
    private VelocityModel() {
    }

    /** A record as a map of its components (in declaration order), recursively; lists element by element. */
    public static Object of(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                map.put(component.getName(), of(read(component, record)));
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

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
