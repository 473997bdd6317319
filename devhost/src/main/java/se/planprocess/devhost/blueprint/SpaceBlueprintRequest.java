package se.planprocess.devhost.blueprint;

import java.util.Map;

/** create-content's {@code CreateBlueprintSpaceRestEntity}: the body of {@code space-blueprint/create-space}. */
public record SpaceBlueprintRequest(String spaceKey, String name, String description, String permissions,
                                    String spaceBlueprintId, Map<String, Object> context) {
}
