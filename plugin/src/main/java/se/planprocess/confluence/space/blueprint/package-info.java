/**
 * Adapter: the space blueprints' home-page context provider and the listener for Confluence's space-blueprint
 * event. The only classes that name {@code SpaceBlueprintCreateEvent}.
 */
package se.planprocess.confluence.space.blueprint;
