package se.planprocess.confluence.rest;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import se.planprocess.confluence.host.Messages;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The app's REST resources in a real Jersey 2 (the local host's version), in memory: real routing, content
 * negotiation and the package's exception mappers, as Confluence's REST module would register them from the
 * {@code <rest>} package.
 */
final class InMemoryJersey {
    static final String BASE = "http://localhost/confluence/rest/planprocess/1.0/";

    private final ApplicationHandler handler;

    InMemoryJersey(Messages messages, Object... resources) {
        ResourceConfig config = new ResourceConfig();
        for (Object resource : resources) {
            config.register(resource);
        }
        config.register(new WebApplicationErrorMapper(messages));
        config.register(new JsonErrorMapper(messages));
        config.register(new RuntimeErrorMapper(messages));
        config.register(new UnexpectedErrorMapper(messages));
        handler = new ApplicationHandler(config);
    }

    /** What the client gets: status, content type, the Allow header and the body as text. */
    record Answer(int status, String contentType, String allow, String body) {
    }

    Answer get(String path) {
        return call("GET", path, null, null, "application/json");
    }

    Answer post(String path, String body) {
        return call("POST", path, "application/json", body, "application/json");
    }

    /** A GET whose answer is a stream (an export): status, content type, disposition and the bytes written. */
    record Download(int status, String contentType, String disposition, byte[] bytes) {
    }

    Download download(String path, String accept) {
        ContainerRequest request = new ContainerRequest(URI.create(BASE), URI.create(BASE + path), "GET", null,
                new MapPropertiesDelegate(), handler.getConfiguration());
        request.header("Accept", accept);
        try {
            ContainerResponse response = handler.apply(request).get();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Object entity = response.getEntity();
            if (entity instanceof javax.ws.rs.core.StreamingOutput stream) {
                stream.write(out);
            } else if (entity instanceof byte[] bytes) {
                out.write(bytes);
            } else if (entity != null) {
                out.write(entity.toString().getBytes(StandardCharsets.UTF_8));
            }
            return new Download(response.getStatus(), response.getHeaderString("Content-Type"),
                    response.getHeaderString("Content-Disposition"), out.toByteArray());
        } catch (Exception e) {
            throw new AssertionError("Jersey failed", e);
        }
    }

    Answer call(String method, String path, String contentType, String body, String accept) {
        ContainerRequest request = new ContainerRequest(URI.create(BASE), URI.create(BASE + path), method, null,
                new MapPropertiesDelegate(), handler.getConfiguration());
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            ContainerResponse response = handler.apply(request).get();
            Object entity = response.getEntity();
            return new Answer(response.getStatus(), response.getHeaderString("Content-Type"),
                    response.getHeaderString("Allow"), entity == null ? "" : entity.toString());
        } catch (Exception e) {
            throw new AssertionError("Jersey failed", e);
        }
    }
}
