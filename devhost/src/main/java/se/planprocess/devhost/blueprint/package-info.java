/** The Create dialog: blueprints, dialog wizards and creating a page from a content template. */
package se.planprocess.devhost.blueprint;
