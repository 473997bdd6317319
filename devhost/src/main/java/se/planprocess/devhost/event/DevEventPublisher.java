package se.planprocess.devhost.event;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches an event to every registered {@code @EventListener} method whose single parameter type is assignable
 * from the event's class, in registration order. A listener's exception is logged, never propagated.
 */
public final class DevEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(DevEventPublisher.class);

    private record Handler(Object listener, Method method) {
    }

    private final List<Handler> handlers = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener is null");
        }
        unregister(listener);
        List<Handler> found = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1) {
                method.setAccessible(true);
                found.add(new Handler(listener, method));
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No @EventListener methods on " + listener.getClass().getName());
        }
        handlers.addAll(found);
    }

    @Override
    public void unregister(Object listener) {
        handlers.removeIf(h -> h.listener() == listener);
    }

    @Override
    public void unregisterAll() {
        handlers.clear();
    }

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new IllegalArgumentException("event is null");
        }
        for (Handler handler : handlers) {
            if (handler.method().getParameterTypes()[0].isAssignableFrom(event.getClass())) {
                try {
                    handler.method().invoke(handler.listener(), event);
                } catch (InvocationTargetException e) {
                    LOG.error("Listener {} failed on {}", handler.method(), event.getClass().getName(), e.getCause());
                } catch (IllegalAccessException | RuntimeException e) {
                    LOG.error("Listener {} could not be called for {}", handler.method(), event.getClass().getName(), e);
                }
            }
        }
    }
}
