/**
 * What every macro of the app shares at the Velocity edge: typed views turned into maps ({@link
 * se.planprocess.confluence.macro.VelocityModel}) and one template rendered, refusals as a message in the user's
 * language ({@link se.planprocess.confluence.macro.MacroTemplates}). An adapter package; the domain may not use it.
 */
package se.planprocess.confluence.macro;
