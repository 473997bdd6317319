package se.planprocess.devhost.web;

import java.util.EnumSet;
import java.util.List;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import se.planprocess.devhost.plugin.LoadedPlugin;
import se.planprocess.devhost.plugin.PluginDescriptor;
import se.planprocess.devhost.security.DevPermissionManager;

/** Jetty on 127.0.0.1 with the context path /confluence and the host's and the plugin's servlets. */
public final class WebServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public WebServer(String bindHost, int port, HostContext host, AuthFilter authFilter, RequestLimits requestLimits,
                     CreateContentServlet createContent, DevPermissionManager permissions) {
        server = new Server();
        server.setErrorHandler(new HostErrorPages(host.contextPath()));
        connector = new ServerConnector(server);
        connector.setHost(bindHost);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(host.contextPath());
        context.setMaxFormContentSize(RequestLimits.MAX_BODY_BYTES);
        context.setErrorHandler(new HostErrorPages.InContext(host.contextPath()));
        context.addFilter(new FilterHolder(authFilter), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(requestLimits), "/*", EnumSet.of(DispatcherType.REQUEST));
        AdminSection admin = new AdminSection(host.plugin(), permissions, host.layout(), host.contextPath());
        context.addFilter(new FilterHolder(new DecoratorFilter(host.layout(), admin, host.pageBuilder())),
                "/plugins/servlet/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("ui", new UiServlet(host)), "/");
        context.addServlet(new ServletHolder("resources", new ResourceServlet(host.plugin())), "/download/resources/*");
        context.addServlet(new ServletHolder("create-content", createContent), "/rest/create-dialog/1.0/*");
        context.addServlet(new ServletHolder("upm", new UpmServlet(host.plugin(), host.directory(), host.contextPath())),
                "/rest/plugins/1.0/*");
        LoadedPlugin plugin = host.plugin();
        if (plugin != null) {
            for (var entry : plugin.restComponents().entrySet()) {
                PluginDescriptor.RestModule module = entry.getKey();
                context.addServlet(new ServletHolder("rest-" + module.key(), jersey(entry.getValue(), permissions, plugin)),
                        "/rest/" + module.path() + "/" + module.version() + "/*");
            }
            for (var entry : plugin.servlets().entrySet()) {
                ServletHolder holder = new ServletHolder("servlet-" + entry.getKey().key(), entry.getValue());
                holder.setInitParameters(entry.getKey().initParams());
                for (String pattern : entry.getKey().urlPatterns()) {
                    context.addServlet(holder, "/plugins/servlet" + (pattern.startsWith("/") ? pattern : "/" + pattern));
                }
            }
        }
        server.setHandler(context);
    }

    private static HttpServlet jersey(List<Object> components, DevPermissionManager permissions, LoadedPlugin plugin) {
        ResourceConfig config = new ResourceConfig();
        config.setClassLoader(plugin.classLoader());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.register(JacksonFeature.class);
        config.register(new RestSecurityFeature(permissions));
        config.register(new RestXsrfFilter(components));
        config.registerInstances(components.toArray());
        return new ServletContainer(config);
    }

    public void start() throws Exception {
        server.start();
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
