package se.planprocess.devhost.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Map;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import se.planprocess.devhost.security.DevPermissionManager;
import se.planprocess.devhost.security.XsrfRules;

/**
 * Confluence 9's REST defaults on every resource method: access by annotation (none = logged-in users only, 401
 * JSON for anonymous) and the XSRF check on non-GET methods unless excluded.
 */
public final class RestSecurityFeature implements DynamicFeature {
    private final DevPermissionManager permissions;

    public RestSecurityFeature(DevPermissionManager permissions) {
        this.permissions = permissions;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        RestAccess access = RestAccess.of(method, resourceInfo.getResourceClass());
        boolean xsrfExcluded = RestAccess.xsrfExcluded(method);
        context.register(new Check(access, xsrfExcluded, permissions));
    }

    /** The per-method check. */
    private record Check(RestAccess access, boolean xsrfExcluded, DevPermissionManager permissions)
            implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            var user = AuthenticatedUserThreadLocal.get();
            if (access != RestAccess.UNRESTRICTED && user == null) {
                request.abortWith(json(401, "Client must be authenticated to access this resource."));
                return;
            }
            if (access == RestAccess.ADMIN && !permissions.isConfluenceAdministrator(user)) {
                request.abortWith(json(403, "You are not an administrator."));
                return;
            }
            if (!xsrfExcluded) {
                URI base = request.getUriInfo().getBaseUri();
                String origin = base.getScheme() + "://" + base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort());
                String violation = XsrfRules.violation(request.getMethod(), request.getHeaderString("Content-Type"),
                        request.getHeaderString("X-Atlassian-Token"), request.getHeaderString("Origin"),
                        request.getHeaderString("Referer"), origin);
                if (violation != null) {
                    request.abortWith(json(403, violation));
                }
            }
        }
    }

    static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status-code", status, "message", message)).build();
    }
}
