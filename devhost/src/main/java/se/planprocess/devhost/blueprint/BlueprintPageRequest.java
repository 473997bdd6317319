package se.planprocess.devhost.blueprint;

import java.util.Map;

/**
 * The body of {@code POST /rest/create-dialog/1.0/content-blueprint/create-content}, as create-content's
 * {@code CreateBlueprintPageRestEntity} reads it (unknown fields are ignored, as its
 * {@code @JsonIgnoreProperties(ignoreUnknown=true)} says). {@code context} is the request context: it reaches the
 * context provider and {@code BlueprintPageCreateEvent} as it was sent, plus what the provider puts into it.
 */
public record BlueprintPageRequest(String spaceKey, long spaceId, String contentBlueprintId, String contentTemplateId,
                                   String contentTemplateKey, String title, String viewPermissionsUsers,
                                   long parentPageId, String moduleCompleteKey, Map<String, Object> context) {
}
