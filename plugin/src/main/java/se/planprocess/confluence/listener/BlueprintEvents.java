package se.planprocess.confluence.listener;

import com.atlassian.confluence.labels.LabelManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.host.ConfluenceAccess;

import java.util.Optional;

/**
 * Whether Confluence's blueprint events are visible to the app. {@code createcontent.api.events} is exported by the
 * bundled create-content plugin, not by Confluence itself, and the platform's resolver hook may hide it from apps;
 * the manifest imports it with {@code resolution:=optional} so the app still starts without it. Only then is the
 * {@link BlueprintEventListener} (the one class that names the event type) loaded at all.
 */
final class BlueprintEvents {
    static final String EVENT_CLASS = "com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent";
    static final String NOT_VISIBLE = "Planprocess: the package com.atlassian.confluence.plugins.createcontent.api.events "
            + "is not visible to the app ({}). The app runs, but pages created from its blueprints are not registered "
            + "as process documents. See the admin guide, \"If the app does not start\".";

    private static final Logger LOG = LoggerFactory.getLogger(BlueprintEvents.class);

    private BlueprintEvents() {
    }

    /** The listener for pages created from the app's blueprints, or empty when the event class cannot be loaded. */
    static Optional<Object> listener(DocumentService documents, CommitteeRepository committees,
                                     ConfluenceAccess access, LabelManager labels) {
        try {
            Class.forName(EVENT_CLASS, false, BlueprintEvents.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.warn(NOT_VISIBLE, e.getClass().getSimpleName());
            return Optional.empty();
        }
        return Optional.of(new BlueprintEventListener(documents, committees, access, labels));
    }
}
