package se.planprocess.devhost.web;

import se.planprocess.devhost.blueprint.BlueprintCreator;
import se.planprocess.devhost.content.EntityMapper;
import se.planprocess.devhost.content.PageService;
import se.planprocess.devhost.plugin.LoadedPlugin;
import se.planprocess.devhost.render.DevPageBuilderService;
import se.planprocess.devhost.render.StorageRenderer;
import se.planprocess.devhost.security.DevPermissionManager;
import se.planprocess.devhost.security.UserDirectory;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.store.SpaceStore;

/** What the host's pages and actions work with (one object so the servlets' constructors stay short). */
public record HostContext(
        String contextPath,
        LoadedPlugin plugin,
        UserDirectory directory,
        SpaceStore spaces,
        PageStore pages,
        DevPermissionManager permissions,
        PageService pageService,
        EntityMapper mapper,
        StorageRenderer storageRenderer,
        DevPageBuilderService pageBuilder,
        BlueprintCreator blueprintCreator,
        Layout layout) {
}
