package se.planprocess.devhost.web;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import se.planprocess.devhost.security.XsrfRules;

/**
 * The XSRF check before resource matching, so a form-like or cross-origin request is refused with 403 even when
 * no resource method would accept its media type (instead of Jersey's 415). Methods annotated
 * {@code @XsrfProtectionExcluded} are recognised by their path templates.
 */
@PreMatching
public final class RestXsrfFilter implements ContainerRequestFilter {
    private record Exclusion(String httpMethod, Pattern path) {
    }

    private final List<Exclusion> exclusions = new ArrayList<>();

    public RestXsrfFilter(List<Object> components) {
        for (Object component : components) {
            Class<?> type = component.getClass();
            String base = type.isAnnotationPresent(Path.class) ? type.getAnnotation(Path.class).value() : "";
            for (Method method : type.getMethods()) {
                if (!RestAccess.xsrfExcluded(method)) {
                    continue;
                }
                String sub = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
                String httpMethod = method.isAnnotationPresent(POST.class) ? "POST" : method.isAnnotationPresent(PUT.class)
                        ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : "*";
                exclusions.add(new Exclusion(httpMethod, template(base + "/" + sub)));
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath(true).replaceAll("^/+", "");
        boolean excluded = exclusions.stream().anyMatch(e -> (e.httpMethod().equals("*")
                || e.httpMethod().equalsIgnoreCase(request.getMethod())) && e.path().matcher(path).matches());
        if (excluded) {
            return;
        }
        URI base = request.getUriInfo().getBaseUri();
        String origin = base.getScheme() + "://" + base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort());
        String violation = XsrfRules.violation(request.getMethod(), request.getHeaderString("Content-Type"),
                request.getHeaderString("X-Atlassian-Token"), request.getHeaderString("Origin"),
                request.getHeaderString("Referer"), origin);
        if (violation != null) {
            request.abortWith(RestSecurityFeature.json(403, violation));
        }
    }

    private static Pattern template(String path) {
        String normalised = ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        for (String part : normalised.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
